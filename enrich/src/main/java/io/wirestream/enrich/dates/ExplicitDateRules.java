package io.wirestream.enrich.dates;

/**
 * Dates written out in the text: in digits ({@link NumericDateRules}), with a month name ({@link
 * MonthNameDateRules}), years on their own ({@link WrittenYearRules}) and the closing day of a
 * range ("March 3-5", {@link RangeDayRules}).
 *
 * <p>The parts are consulted in that order and the first that matches wins, even over a longer
 * match of a later part.
 */
final class ExplicitDateRules implements RuleFamily {

  private final RuleFamily parts =
      RuleFamily.firstOf(
          new NumericDateRules(),
          new MonthNameDateRules(),
          new WrittenYearRules(),
          new RangeDayRules());

  @Override
  public Candidate match(Cursor c, int i) {
    return parts.match(c, i);
  }
}
