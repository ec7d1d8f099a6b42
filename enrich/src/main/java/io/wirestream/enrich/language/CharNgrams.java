package io.wirestream.enrich.language;

/**
 * The features the OpenNLP language model was trained on: the distinct character 1- to 3-grams of
 * the lowercased text, with digits, web addresses, @mentions and #hashtags removed and whitespace
 * runs shrunk to one space. Done here in one pass over a character buffer, without making a string
 * per n-gram, because OpenNLP's own regex-based normalisers and string sets cost more than the
 * model itself. Only the opening is read: a few hundred characters settle the language.
 */
final class CharNgrams {

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
   * The model features of the opening of {@code first} followed by {@code second} (either may be
   * null), each once, in the order OpenNLP's context generator lists their n-grams: all 1-grams by
   * first position, then 2-grams, then 3-grams. N-grams the model does not know are left out. Fills
   * {@code out} (at least {@link #maxFeatures()} long) and returns how many it holds, or 0 when the
   * opening has too few letters to judge.
   */
  int features(String first, String second, NgramWeights weights, int[] out) {
    char[] text = new char[maxChars];
    int length = normalise(first, second, text);
    int letters = 0;
    for (int i = 0; i < length; i++) {
      if (Character.isLetter(text[i])) {
        letters++;
      }
    }
    if (letters < minLetters) {
      return 0;
    }
    // Open addressing over feature + 1 (0 is a free slot): at most maxFeatures() entries.
    int[] seen = new int[Integer.highestOneBit(maxFeatures() * 2) << 1];
    int mask = seen.length - 1;
    int count = 0;
    for (int n = 1; n <= NgramWeights.MAX_GRAM; n++) {
      for (int i = 0; i + n <= length; i++) {
        int feature = weights.feature(NgramWeights.key(text, i, n));
        if (feature < 0) {
          continue;
        }
        int slot = (feature * 0x9E3779B1) >>> 7 & mask;
        while (seen[slot] != 0 && seen[slot] != feature + 1) {
          slot = (slot + 1) & mask;
        }
        if (seen[slot] == 0) {
          seen[slot] = feature + 1;
          out[count++] = feature;
        }
      }
    }
    return count;
  }

  /** The most features one text can give: every n-gram of the opening distinct. */
  int maxFeatures() {
    return NgramWeights.MAX_GRAM * maxChars;
  }

  /** The normalised opening of {@code text}, as a string (for tests and diagnostics). */
  String normalise(String text) {
    char[] out = new char[maxChars];
    return new String(out, 0, normalise(text, null, out));
  }

  /**
   * Writes the normalised opening of {@code first} then {@code second} (read as if a blank line
   * stood between them) into {@code out} and returns its length, at most {@code maxChars}.
   */
  private int normalise(String first, String second, char[] out) {
    int length = append(first, out, 0);
    length = append(second, out, length);
    while (length > 0 && out[length - 1] == ' ') {
      length--; // a last word of digits only leaves its separator behind
    }
    return length;
  }

  private int append(String text, char[] out, int length) {
    if (text == null) {
      return length;
    }
    int i = 0;
    while (i < text.length() && length < maxChars) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i && !isSkipped(text, i, end)) {
        if (length > 0 && out[length - 1] != ' ') {
          out[length++] = ' ';
        }
        for (int k = i; k < end && length < maxChars; k++) {
          char c = text.charAt(k);
          if (!Character.isDigit(c)) {
            out[length++] = Character.toLowerCase(c);
          }
        }
      }
      i = end + 1;
    }
    return length;
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
