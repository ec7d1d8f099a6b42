package io.wirestream.enrich.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-pass tokenizer: letters, digits and single punctuation characters, whitespace dropped.
 * Keeping punctuation as tokens lets the rules see "Sept." "6:18" "mid-'80s" "17/04/2024" as
 * sequences of adjacent tokens without any regular expression over the whole text.
 */
final class Tokenizer {

  /** Shared one-character strings for ASCII punctuation, the most frequent non-word tokens. */
  private static final String[] ASCII = new String[128];

  static {
    for (char ch = 0; ch < 128; ch++) {
      ASCII[ch] = String.valueOf(ch);
    }
  }

  private Tokenizer() {}

  static List<Token> tokenize(String text, Vocabulary vocabulary) {
    List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 3));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c > 127 && Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isLetter(c)) {
        boolean ascii = true;
        char ch;
        while (i < n && isLetter(ch = text.charAt(i))) {
          ascii &= ch < 128;
          i++;
        }
        int slot = ascii ? vocabulary.find(text, start, i) : -1;
        tokens.add(
            slot < 0
                ? new Token(text, start, i, Token.Kind.WORD, null, 0)
                : new Token(
                    text,
                    start,
                    i,
                    Token.Kind.WORD,
                    vocabulary.word(slot),
                    vocabulary.flags(slot)));
        continue;
      } else if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        tokens.add(new Token(text, start, i, Token.Kind.NUMBER, null, 0));
      } else {
        i += Character.charCount(text.codePointAt(i));
        String s = c < 128 ? ASCII[c] : normalizePunct(text.substring(start, i));
        tokens.add(new Token(text, start, i, Token.Kind.PUNCT, s, 0));
      }
    }
    return tokens;
  }

  private static boolean isLetter(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch > 127 && Character.isLetter(ch);
  }

  /** Typographic apostrophes and dashes behave like their ASCII forms in dates ("mid–’80s"). */
  private static String normalizePunct(String s) {
    return switch (s) {
      case "\u2019", "\u2018", "`" -> "'";
      case "\u2013", "\u2014", "\u2010", "\u2011" -> "-";
      default -> s;
    };
  }
}
