package io.wirestream.enrich.keywords;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * A lowercase word, whether it began with a capital letter in the text and whether a possessive
   * "'s" followed it.
   */
  record Word(String text, boolean capitalised, boolean possessive) {
    boolean isBreak() {
      return text.isEmpty();
    }
  }

  private static final Word BREAK_WORD = new Word(BREAK, false, false);

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
    char[] chars = new char[length];
    text.getChars(0, length, chars, 0);
    // A char buffer rather than a StringBuilder: one accented name would leave a builder in its
    // two-byte form for every later word.
    char[] word = new char[32];
    int size = 0;
    boolean capitalised = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (isLetterOrDigit(c)) {
        if (size == 0) {
          capitalised = isUpperCase(c);
        } else if (size == word.length) {
          word = Arrays.copyOf(word, 2 * size);
        }
        word[size++] = toLowerCase(c);
      } else if (isJoiner(c) && size > 0 && i + 1 < length && isLetterOrDigit(chars[i + 1])) {
        if (isApostrophe(c)
            && (i + 2 >= length || !isLetterOrDigit(chars[i + 2]))
            && toLowerCase(chars[i + 1]) == 's') {
          flush(word, size, capitalised, true, out); // possessive: "Biden's" -> "biden"
          size = 0;
          i++;
        } else {
          if (size == word.length) {
            word = Arrays.copyOf(word, 2 * size);
          }
          word[size++] = isApostrophe(c) ? '\'' : c == '-' ? '-' : c;
        }
      } else {
        flush(word, size, capitalised, false, out);
        size = 0;
        if (!Character.isWhitespace(c) && !isJoiner(c)) {
          addBreak(out);
        }
      }
    }
    flush(word, size, capitalised, false, out);
    return out;
  }

  // ASCII answered by range checks, the rest by Character: news text is mostly ASCII, and the
  // Character lookups cost more than the whole loop around them.

  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean isJoiner(char c) {
    return c == '-' || isApostrophe(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static void flush(
      char[] word, int size, boolean capitalised, boolean possessive, List<Word> out) {
    if (size > 0) {
      out.add(new Word(new String(word, 0, size), capitalised, possessive));
    }
  }

  private static void addBreak(List<Word> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
      out.add(BREAK_WORD);
    }
  }
}
