package io.wirestream.enrich.dates;

import java.util.Locale;

/**
 * One token of the text: a run of letters, a run of digits, or a single other character. Offsets
 * are UTF-16 indexes into the tagged text, end exclusive.
 *
 * <p>The strings are made on first use: most words of a news text are never looked at by a rule,
 * and a word of the tagger's vocabulary arrives with its shared lower-case form already. A token
 * belongs to one {@code tag} call and is not shared between threads.
 */
final class Token {

  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  private final String source;
  private final int begin;
  private final int end;
  private final Kind kind;
  private final int flags;
  private String text;
  private String lower;

  /**
   * @param lower the lower-case form when already known (a vocabulary word, a punctuation string),
   *     or null to derive it from the source when asked
   * @param flags the {@link Vocabulary} flags of the word, 0 for anything else
   */
  Token(String source, int begin, int end, Kind kind, String lower, int flags) {
    this.source = source;
    this.begin = begin;
    this.end = end;
    this.kind = kind;
    this.lower = lower;
    this.flags = flags;
  }

  int begin() {
    return begin;
  }

  int end() {
    return end;
  }

  Kind kind() {
    return kind;
  }

  String text() {
    if (text == null) {
      text =
          lower != null && lower.regionMatches(0, source, begin, end - begin)
              ? lower
              : source.substring(begin, end);
    }
    return text;
  }

  String lower() {
    if (lower == null) {
      lower = kind == Kind.WORD ? text().toLowerCase(Locale.ROOT) : text();
    }
    return lower;
  }

  /** Number of UTF-16 chars the token covers. */
  int length() {
    return end - begin;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /**
   * A word that carries time by itself (month, weekday, unit ...), see {@link Lexicon#coreWords}.
   */
  boolean isCore() {
    return (flags & Vocabulary.CORE) != 0;
  }

  /** A word that may open an expression, see {@link Lexicon#triggers}. */
  boolean isTrigger() {
    return (flags & Vocabulary.TRIGGER) != 0;
  }

  /** The first character as written. */
  char first() {
    return source.charAt(begin);
  }

  boolean capitalized() {
    return Character.isUpperCase(source.charAt(begin));
  }

  /** Value of a digit token, or -1 when it is not one (or too long to be a date part). */
  int intValue() {
    if (kind != Kind.NUMBER || end - begin > 9) {
      return -1;
    }
    int v = 0;
    for (int k = begin; k < end; k++) {
      v = v * 10 + (source.charAt(k) - '0');
    }
    return v;
  }

  @Override
  public String toString() {
    return text();
  }
}
