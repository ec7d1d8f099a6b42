package io.wirestream.enrich.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 4));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c > 127 && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            boolean plainLower = true;
            if (isLetter(c)) {
                char ch;
                while (i < n && isLetter(ch = text.charAt(i))) {
                    plainLower &= ch >= 'a' && ch <= 'z';
                    i++;
                }
                kind = Token.Kind.WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.PUNCT;
            }
            String s = kind == Token.Kind.PUNCT && c < 128 ? ASCII[c] : text.substring(start, i);
            String lower = kind == Token.Kind.WORD ? (plainLower ? s : s.toLowerCase(Locale.ROOT))
                    : kind == Token.Kind.NUMBER ? s : normalizePunct(s);
            tokens.add(new Token(start, i, s, lower, kind));
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
