package io.wirestream.enrich.dates;

/**
 * Reporting periods of business news: fiscal and reporting years ({@link FiscalYearRules}), the
 * middle or end of the current period ({@link MidAndYearEndRules}), and quarters and halves ({@link
 * QuarterRules}).
 *
 * <p>The parts are consulted in that order and the first that matches wins, even over a longer
 * match of a later part.
 */
final class FiscalPeriodRules implements RuleFamily {

  private final RuleFamily parts =
      RuleFamily.firstOf(new FiscalYearRules(), new MidAndYearEndRules(), new QuarterRules());

  @Override
  public Candidate match(Cursor c, int i) {
    return parts.match(c, i);
  }
}
