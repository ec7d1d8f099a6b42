package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The tokens of one text plus what the rules need to resolve them: the lexicon, the reference day,
 * and the temporal focus (the last period the text mentioned, which "a year earlier" or "the
 * following day" are relative to). One per {@code tag} call; not shared between threads.
 */
final class Cursor {

  final List<Token> tokens;
  final Lexicon lex;
  final LocalDate today;
  private CalendarValue focus;
  private CalendarValue lastQuarter;
  private CalendarValue previous;
  private int previousEnd = -1;

  Cursor(List<Token> tokens, Lexicon lex, LocalDate today) {
    this.tokens = tokens;
    this.lex = lex;
    this.today = today;
    this.focus = CalendarValue.day(today);
  }

  int size() {
    return tokens.size();
  }

  Token t(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** Lower-case text of token i, or "" outside the text. */
  String w(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  boolean is(int i, String word) {
    return w(i).equals(word);
  }

  // Fixed-arity forms for the common short lists: a varargs call allocates its array on every
  // call, and these are called at most tokens of every text.
  boolean isAny(int i, String a, String b) {
    String s = w(i);
    return s.equals(a) || s.equals(b);
  }

  boolean isAny(int i, String a, String b, String c) {
    String s = w(i);
    return s.equals(a) || s.equals(b) || s.equals(c);
  }

  boolean isAny(int i, String a, String b, String c, String d) {
    String s = w(i);
    return s.equals(a) || s.equals(b) || s.equals(c) || s.equals(d);
  }

  boolean isAny(int i, String... words) {
    String s = w(i);
    for (String word : words) {
      if (s.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Token i starts right where token i-1 ends (no space between). */
  boolean adjacent(int i) {
    return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).begin();
  }

  /** Integer value of a digit token, or -1. */
  int num(int i) {
    Token t = t(i);
    return t == null ? -1 : t.intValue();
  }

  /** Digit count of a number token, or 0. */
  int digits(int i) {
    Token t = t(i);
    return t != null && t.isNumber() ? t.length() : 0;
  }

  /** Skips an optional "." right after token i-1 (abbreviations such as "Sept."). */
  int skipDot(int i) {
    return is(i, ".") && adjacent(i) ? i + 1 : i;
  }

  CalendarValue focus() {
    return focus;
  }

  /**
   * @param reported whether the sentence speaks of the period in the past tense ("reported a
   *     decline in fourth-quarter earnings"): a fiscal quarter can be over before the calendar one
   */
  void setFocus(CalendarValue value, boolean reported) {
    this.focus = value;
    // Only a quarter already over can be the one results are reported for; a quarter named in
    // an outlook ("expects the fourth quarter to ...") does not move the comparison.
    if (value.granularity() == Granularity.QUARTER
        && (reported || !value.start().plusMonths(3).isAfter(today))) {
      lastQuarter = value;
    }
  }

  /** Records the calendar period of the expression just found, which ends before token end. */
  void setPrevious(CalendarValue value, int end) {
    this.previous = value;
    this.previousEnd = end;
  }

  /**
   * The calendar period of the expression ending right before token end, or null when none does:
   * the first end of a range ("March 3-5", "from Monday to Wednesday").
   */
  CalendarValue endingBefore(int end) {
    return previousEnd == end ? previous : null;
  }

  /**
   * The last finished quarter the text named as a period of its own, or null; results reporting
   * compares against it.
   */
  CalendarValue lastQuarter() {
    return lastQuarter;
  }
}
