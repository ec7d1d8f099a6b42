package io.wirestream.enrich.topics;

import io.wirestream.enrich.keywords.ContentStems;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the content-word stems that the topic model and the topic lexicon both read:
 * lowercased letter runs, function words and numbers dropped, each word reduced by the Porter
 * stemmer so that "elections", "elected" and "election" meet.
 */
final class TopicText {

  /** Body text beyond this many characters adds little topic evidence and only costs time. */
  static final int MAX_CHARS = 12_000;

  /** Function words dropped, the rest stemmed, in one lookup per word. */
  private static final ContentStems STEMS = ContentStems.english();

  private TopicText() {}

  /** The stems of the content words of {@code text}, in order. Thread-safe. */
  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int length = Math.min(text.length(), MAX_CHARS);
    char[] chars = new char[length];
    text.getChars(0, length, chars, 0);
    char[] word = new char[64];
    int size = 0;
    boolean letters = false;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? chars[i] : ' ';
      if (c < 128) {
        // ASCII by range checks: the Character lookups cost more than the rest of the loop.
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        if (letter || c >= '0' && c <= '9') {
          if (size < word.length) {
            word[size++] = c <= 'Z' && letter ? (char) (c + ('a' - 'A')) : c;
          }
          letters |= letter;
          continue;
        }
      } else if (Character.isLetterOrDigit(c)) {
        if (size < word.length) {
          word[size++] = Character.toLowerCase(c);
        }
        letters |= Character.isLetter(c);
        continue;
      }
      // Any other character ends the word.
      if (size > 1 && letters) {
        add(new String(word, 0, size), out);
      }
      size = 0;
      letters = false;
    }
    return out;
  }

  private static void add(String word, List<String> out) {
    String stem = STEMS.stem(word);
    if (stem != null) {
      out.add(stem);
    }
  }
}
