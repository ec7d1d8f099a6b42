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

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
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
            if (isLetter(c)) {
                while (i < n && isLetter(text.charAt(i))) {
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
            String s = text.substring(start, i);
            String lower = kind == Token.Kind.WORD ? lower(s) : kind == Token.Kind.NUMBER ? s : normalizePunct(s);
            tokens.add(new Token(start, i, s, lower, kind));
        }
        return tokens;
    }

    private static boolean isLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch > 127 && Character.isLetter(ch);
    }

    /** Lower case without allocating when the word already is (most words are). */
    private static String lower(String s) {
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch >= 'A' && ch <= 'Z' || ch > 127) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
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
