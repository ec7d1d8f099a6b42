package io.wirestream.enrich.keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lowercase words (remembering which were capitalised) and phrase breaks. A word
 * is a run of letters and digits that may hold an inner hyphen or apostrophe ("covid-19",
 * "o'brien"); a possessive "'s" is dropped. Sentence punctuation, brackets and quotes become a
 * {@link #BREAK} marker, because a keyword phrase never spans them.
 */
final class Words {

  /** Marker between words that may not join into one phrase. */
  static final String BREAK = "";

  /** A lowercase word and whether it began with a capital letter in the text. */
  record Word(String text, boolean capitalised) {
    boolean isBreak() {
      return text.isEmpty();
    }
  }

  private static final Word BREAK_WORD = new Word(BREAK, false);

  private Words() {}

  /**
   * The lowercase words of {@code text}, with {@link #BREAK} between phrase-separating punctuation.
   */
  static List<String> of(String text, int maxChars) {
    List<String> out = new ArrayList<>();
    for (Word word : words(text, maxChars)) {
      out.add(word.text());
    }
    return out;
  }

  static List<Word> words(String text, int maxChars) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int length = Math.min(text.length(), maxChars);
    StringBuilder word = new StringBuilder();
    boolean capitalised = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (word.length() == 0) {
          capitalised = Character.isUpperCase(c);
        }
        word.append(Character.toLowerCase(c));
      } else if (isJoiner(c)
          && word.length() > 0
          && i + 1 < length
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        if (isApostrophe(c)
            && (i + 2 >= length || !Character.isLetterOrDigit(text.charAt(i + 2)))
            && Character.toLowerCase(text.charAt(i + 1)) == 's') {
          flush(word, capitalised, out); // possessive: "Biden's" -> "biden"
          i++;
        } else {
          word.append(isApostrophe(c) ? '\'' : c == '-' ? '-' : c);
        }
      } else {
        flush(word, capitalised, out);
        if (!Character.isWhitespace(c) && !isJoiner(c)) {
          addBreak(out);
        }
      }
    }
    flush(word, capitalised, out);
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || isApostrophe(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static void flush(StringBuilder word, boolean capitalised, List<Word> out) {
    if (word.length() > 0) {
      out.add(new Word(word.toString(), capitalised));
      word.setLength(0);
    }
  }

  private static void addBreak(List<Word> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
      out.add(BREAK_WORD);
    }
  }
}
