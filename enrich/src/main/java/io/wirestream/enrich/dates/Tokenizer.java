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
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
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
            String lower = kind == Token.Kind.WORD ? s.toLowerCase(Locale.ROOT) : normalizePunct(s);
            tokens.add(new Token(start, i, s, lower, kind));
        }
        return tokens;
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
