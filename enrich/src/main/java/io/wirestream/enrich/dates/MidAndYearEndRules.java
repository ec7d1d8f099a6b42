package io.wirestream.enrich.dates;

/**
 * The middle or end of the current period: "mid-year", "midyear", "midweek", "mid-month",
 * "year-end", "year end", "year's end".
 */
final class MidAndYearEndRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    // mid-year, midyear
    if (c.is(i, "midyear") || c.is(i, "mid") && c.is(i + 1, "-") && c.is(i + 2, "year")) {
      int e = c.is(i, "midyear") ? i + 1 : i + 3;
      if (!c.isAny(e, "'", "-")) {
        return Candidate.of(i, e, CalendarValue.year(c.today.getYear())).withMod("MID");
      }
    }
    // midweek, mid-week, midmonth, mid-month: the middle of the current week or month
    boolean midWord = c.isAny(i, "midweek", "midmonth");
    if (midWord || c.is(i, "mid") && c.is(i + 1, "-") && c.isAny(i + 2, "week", "month")) {
      int e = midWord ? i + 1 : i + 3;
      boolean week = c.isAny(e - 1, "midweek", "week");
      if (!c.isAny(e, "'", "-")) {
        CalendarValue v =
            week
                ? CalendarValue.week(c.today)
                : CalendarValue.month(c.today.getYear(), c.today.getMonthValue());
        return Candidate.of(i, e, v).withMod("MID");
      }
    }
    // year-end, year end, year's end
    if (c.is(i, "year")) {
      int e = c.is(i + 1, "-") ? i + 2 : c.is(i + 1, "'") && c.is(i + 2, "s") ? i + 3 : i + 1;
      if (c.is(e, "end") && (e > i + 1 || !c.is(i - 1, "the"))) {
        return Candidate.of(i, e + 1, CalendarValue.year(c.today.getYear())).withMod("END");
      }
    }
    return null;
  }
}
