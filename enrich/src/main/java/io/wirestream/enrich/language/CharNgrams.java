package io.wirestream.enrich.language;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The features the OpenNLP language model was trained on: the distinct character 1- to 3-grams of
 * the lowercased text, with digits, web addresses, @mentions and #hashtags removed and whitespace
 * runs shrunk to one space. Done here in one pass because OpenNLP's own regex-based normalisers
 * cost milliseconds per article.
 */
final class CharNgrams {

  private static final int MAX_GRAM = 3;

  private final int maxChars;
  private final int minLetters;

  CharNgrams(int maxChars, int minLetters) {
    this.maxChars = maxChars;
    this.minLetters = minLetters;
  }

  /** Reads the first 200 characters; needs at least 12 letters. */
  static CharNgrams standard() {
    return new CharNgrams(200, 12);
  }

  /**
   * The distinct n-grams of the opening of {@code text}; empty when it has too few letters to
   * judge.
   */
  String[] context(String text) {
    String normalised = normalise(text);
    int letters = 0;
    for (int i = 0; i < normalised.length(); i++) {
      if (Character.isLetter(normalised.charAt(i))) {
        letters++;
      }
    }
    if (letters < minLetters) {
      return new String[0];
    }
    Set<String> grams = new LinkedHashSet<>();
    for (int n = 1; n <= MAX_GRAM; n++) {
      for (int i = 0; i + n <= normalised.length(); i++) {
        grams.add(normalised.substring(i, i + n));
      }
    }
    return grams.toArray(String[]::new);
  }

  String normalise(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
    int i = 0;
    while (i < text.length() && out.length() < maxChars) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i && !isSkipped(text, i, end)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        for (int k = i; k < end && out.length() < maxChars; k++) {
          char c = text.charAt(k);
          if (Character.isDigit(c)) {
            continue;
          }
          out.append(Character.toLowerCase(c));
        }
      }
      i = end + 1;
    }
    return out.toString().strip();
  }

  private static boolean isSkipped(String text, int begin, int end) {
    char first = text.charAt(begin);
    return first == '@'
        || first == '#'
        || text.startsWith("http://", begin)
        || text.startsWith("https://", begin)
        || text.startsWith("www.", begin);
  }
}
