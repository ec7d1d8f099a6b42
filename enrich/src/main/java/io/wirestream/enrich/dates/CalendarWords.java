package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * Shared recognisers for the calendar words the rule families build on: month names (with the care
 * "May" and "march" need), weekdays, years (not counts or prices) and ordinals.
 */
final class CalendarWords {

  /** Words before a bare "May"/"March" that make it the month, not the verb or a surname. */
  private static final Set<String> MONTH_CONTEXT =
      Set.of(
          "in", "last", "next", "this", "since", "until", "till", "by", "of", "early", "late",
          "mid", "through", "before", "after", "during", "from", "to", "and", "or", "-", ",",
          "between", "on", "that", "each", "every", "coming", "past", "for");

  /** Words before a four-digit number below 1900 that make it a year. */
  private static final Set<String> OLD_YEAR_CONTEXT =
      Set.of(
          "in", "since", "of", "from", "by", "until", "till", "to", "year", "before", "after",
          "around", "circa", "c", "between", "and", "fiscal", "the", "-");

  private CalendarWords() {}

  /** The month named at token i (1-12), or 0. {@code bare} says no day or year follows. */
  static int month(Cursor c, int i, boolean bare) {
    Token t = c.t(i);
    if (t == null || !t.isWord() || !t.capitalized()) {
      return 0;
    }
    Lexicon.Month m = c.lex.months.get(t.lower());
    if (m == null) {
      return 0;
    }
    boolean abbreviation =
        t.lower().length() <= 4
            && !t.lower().equals("june")
            && !t.lower().equals("july")
            && !t.lower().equals("may");
    if (abbreviation && !(c.is(i + 1, ".") && c.adjacent(i + 1)) && c.num(i + 1) < 0) {
      return 0;
    }
    // "the bank's March meeting": after a possessive a capitalised month is the month
    boolean possessive = c.is(i - 1, "s") && c.is(i - 2, "'");
    if (m.ambiguous() && bare && !MONTH_CONTEXT.contains(c.w(i - 1)) && !possessive) {
      return 0;
    }
    return m.number();
  }

  /** ISO day of week named at token i, or 0; plural forms ("Mondays") only when asked for. */
  static int weekday(Cursor c, int i, boolean plural) {
    Token t = c.t(i);
    if (t == null || !t.isWord()) {
      return 0;
    }
    Lexicon.Weekday d = c.lex.weekdays.get(t.lower());
    if (d == null || d.plural() != plural || !t.capitalized()) {
      return 0;
    }
    if (d.abbreviation() && !(c.is(i + 1, ".") && c.adjacent(i + 1))) {
      return 0;
    }
    // "The Sunday Times", "the Friday prayer leader": a newspaper's name, a title
    PhraseTable.Hit<Boolean> name = c.lex.weekdayNames.match(c, i + 1);
    if (name != null && (!name.value() || c.t(i + 1).capitalized())) {
      return 0;
    }
    return d.isoDay();
  }

  /** Token after a weekday, including the dot of an abbreviation. */
  static int afterWeekday(Cursor c, int i) {
    return c.lex.weekdays.get(c.w(i)).abbreviation() ? c.skipDot(i + 1) : i + 1;
  }

  /**
   * The year written as four digits at token i, or -1 when it is more likely a count or a price.
   */
  static int year(Cursor c, int i) {
    if (c.digits(i) != 4) {
      return -1;
    }
    int y = c.num(i);
    if (y < 1000 || y > 2199) {
      return -1;
    }
    if (c.adjacent(i) && c.isAny(i - 1, "$", ",", ".", "#", "/", ":", "£", "€")) {
      return -1;
    }
    if (c.adjacent(i + 1)
        && c.isAny(i + 1, ",", ".", "%", ":", "/")
        && c.digits(i + 2) > 0
        && c.adjacent(i + 2)) {
      return -1;
    }
    if (c.isAny(i + 1, "%") || c.lex.countNouns.contains(c.w(i + 1))) {
      return -1;
    }
    // "the 1500-meter freestyle", "a 2000-pound bomb": a measure, not a year
    if (c.is(i + 1, "-")
        && c.adjacent(i + 1)
        && (c.lex.countNouns.contains(c.w(i + 2)) || c.lex.hyphenMeasures.contains(c.w(i + 2)))) {
      return -1;
    }
    if (c.is(i - 1, ".") && c.is(i - 2, "no")) {
      return -1;
    }
    if (y < 1900 && !OLD_YEAR_CONTEXT.contains(c.w(i - 1)) && month(c, i - 1, false) == 0) {
      return -1;
    }
    return y;
  }

  /**
   * A two-digit year written with an apostrophe ("'98"), resolved to the century nearest the
   * reference.
   */
  static int shortYear(Cursor c, int i) {
    if (!c.is(i, "'")
        || c.digits(i + 1) != 2
        || !c.adjacent(i + 1)
        || c.is(i + 2, "s") && c.adjacent(i + 2)) {
      return -1;
    }
    return nearestCentury(c.num(i + 1), c.today);
  }

  static int nearestCentury(int twoDigits, LocalDate today) {
    int century = today.getYear() / 100 * 100;
    int y = century + twoDigits;
    return y > today.getYear() + 10 ? y - 100 : y;
  }

  /** Day of month at token i ("17", "17th"), or 0; {@code end[0]} receives the token after it. */
  static int dayOfMonth(Cursor c, int i, int[] end) {
    int d = c.num(i);
    if (d < 1 || d > 31 || c.digits(i) > 2) {
      return 0;
    }
    int e = i + 1;
    if (c.adjacent(e) && c.isAny(e, "st", "nd", "rd", "th")) {
      e++;
    }
    end[0] = e;
    return d;
  }

  /** An ordinal word or "17th" at token i, or 0; {@code end[0]} receives the token after it. */
  static int ordinal(Cursor c, int i, int[] end) {
    Lexicon.NumberWord nw = c.lex.numbers.get(c.w(i));
    if (nw != null && nw.ordinal()) {
      end[0] = i + 1;
      return nw.value();
    }
    // "twenty-first"
    if (nw != null && nw.cardinal() && nw.value() >= 20 && c.is(i + 1, "-") && c.adjacent(i + 1)) {
      Lexicon.NumberWord unit = c.lex.numbers.get(c.w(i + 2));
      if (unit != null && unit.ordinal() && unit.value() < 10) {
        end[0] = i + 3;
        return nw.value() + unit.value();
      }
    }
    if (c.digits(i) > 0
        && c.digits(i) <= 2
        && c.adjacent(i + 1)
        && c.isAny(i + 1, "st", "nd", "rd", "th")) {
      end[0] = i + 2;
      return c.num(i);
    }
    return 0;
  }

  static boolean validDay(int year, int month, int day) {
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= LocalDate.of(year, month, 1).lengthOfMonth();
  }
}
