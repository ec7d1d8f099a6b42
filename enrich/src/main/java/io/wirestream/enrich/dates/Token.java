package io.wirestream.enrich.dates;

/**
 * One token of the text: a run of letters, a run of digits, or a single other character.
 * Offsets are UTF-16 indexes into the tagged text, end exclusive.
 */
record Token(int begin, int end, String text, String lower, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Value of a digit token, or -1 when it is not one (or too long to be a date part). */
    int intValue() {
        if (kind != Kind.NUMBER || text.length() > 9) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
