package io.wirestream.enrich.dates;

/**
 * The closing day of a range whose opening day is written out: the "5" of "March 3-5", "March 3 to
 * 5", "Sept. 12 through 14", in the month and year of the opening day.
 */
final class RangeDayRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    if (c.digits(i) == 0 || c.digits(i) > 2) {
      return null;
    }
    boolean dash = c.is(i - 1, "-") && c.adjacent(i - 1) && c.adjacent(i);
    if (!dash && !c.isAny(i - 1, "to", "through", "until")) {
      return null;
    }
    CalendarValue first = c.endingBefore(i - 1);
    if (first == null
        || first.granularity() != Granularity.DAY
        || c.num(i - 2) != first.start().getDayOfMonth()) {
      return null;
    }
    int day = c.num(i);
    if (day <= first.start().getDayOfMonth() || day > first.start().lengthOfMonth()) {
      return null;
    }
    // "March 3 to 5 percent", "March 3, 9-11 a.m.", "March 3 to 5 p.m.": not a day
    boolean fraction = c.isAny(i + 1, ".", ":") && c.adjacent(i + 2) && c.digits(i + 2) > 0;
    if (fraction
        || c.isAny(i + 1, "%", "percent", "a", "p", "am", "pm")
        || c.lex.units.containsKey(c.w(i + 1))
        || CalendarWords.month(c, i + 1, false) > 0) {
      return null;
    }
    return Candidate.of(i, i + 1, CalendarValue.day(first.start().withDayOfMonth(day)));
  }
}
