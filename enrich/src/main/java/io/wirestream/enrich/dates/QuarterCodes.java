package io.wirestream.enrich.dates;

/**
 * The analysts' shorthand for quarters and halves: "Q3", "Q3 2024", "2024 Q3", "H1 2024", "Q4 of
 * 2023", and "the first two quarters (of 1990)", which is the first half. Read by {@link
 * QuarterRules} after the determiner and qualifiers it has already passed.
 */
final class QuarterCodes {

  private QuarterCodes() {}

  /**
   * The period a code at token k names, the expression starting at i (its determiner and qualifiers
   * before k), or null. A bare "H1" is left alone (hydrogen, H1N1).
   */
  static Candidate match(Cursor c, int i, int k, boolean determiner) {
    int year = 0;
    int q = k;
    if (CalendarWords.year(c, k) > 0 && codeAt(c, k + 1) > 0) {
      year = CalendarWords.year(c, k);
      q = k + 1;
    }
    int code = codeAt(c, q);
    int e = q + 2;
    if (code == 0
        && determiner
        && c.is(k, "first")
        && c.is(k + 1, "two")
        && c.is(k + 2, "quarters")) {
      code = -1;
      e = k + 3;
    }
    if (code == 0) {
      return null;
    }
    if (year == 0) {
      int y = CalendarWords.year(c, c.isAny(e, "of", ",") ? e + 1 : e);
      if (y > 0) {
        year = y;
        e = c.isAny(e, "of", ",") ? e + 2 : e + 1;
      }
    }
    boolean quarter = code > 0 && c.t(q).text().equals("Q");
    if (!quarter && code > 0 && year == 0) {
      return null;
    }
    int ord = Math.abs(code);
    boolean explicitYear = year != 0;
    if (!explicitYear) {
      year = c.today.getYear();
    }
    CalendarValue v = quarter ? CalendarValue.quarter(year, ord) : CalendarValue.half(year, ord);
    if (!explicitYear
        && v.start().isAfter(c.today)
        && TenseDetector.direction(c, i, e) == Lexicon.Direction.PAST) {
      v = v.plus(Unit.YEAR, -1);
    }
    return Candidate.of(i, e, v);
  }

  /**
   * 1-4 for "Q1".."Q4", 1-2 for "H1"/"H2" at token k (upper-case letter, digit right after), else
   * 0.
   */
  private static int codeAt(Cursor c, int k) {
    Token t = c.t(k);
    if (t == null || t.length() != 1 || !c.adjacent(k + 1) || c.digits(k + 1) != 1) {
      return 0;
    }
    Token after = c.t(k + 2);
    if (after != null
        && c.adjacent(k + 2)
        && !after.lower().equals(",")
        && !after.lower().equals(".")
        && !after.lower().equals(")")
        && !after.lower().equals(";")) {
      return 0;
    }
    int n = c.num(k + 1);
    String s = t.text();
    return s.equals("Q") && n >= 1 && n <= 4 || s.equals("H") && n >= 1 && n <= 2 ? n : 0;
  }
}
