package io.wirestream.enrich.dates;

/**
 * Dates relative to the reference day or to the text's focus: named from today ({@link
 * DeicticDayRules}), shifted by this/last/next ({@link ShiftedPeriodRules}), counted distances
 * ({@link CountedOffsetRules}) and periods read from the focus ({@link FocusRelativeRules}).
 *
 * <p>The parts are consulted in that order and the first that matches wins, even over a longer
 * match of a later part.
 */
final class RelativeDateRules implements RuleFamily {

  private final RuleFamily parts =
      RuleFamily.firstOf(
          new DeicticDayRules(),
          new ShiftedPeriodRules(),
          new CountedOffsetRules(),
          new FocusRelativeRules());

  @Override
  public Candidate match(Cursor c, int i) {
    return parts.match(c, i);
  }
}
