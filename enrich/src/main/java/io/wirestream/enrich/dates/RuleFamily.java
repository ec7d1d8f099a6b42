package io.wirestream.enrich.dates;

/** One family of temporal patterns (explicit dates, relative dates, durations ...). */
interface RuleFamily {

  /**
   * The longest expression of this family starting at token i, or null. Must not change the
   * cursor's focus.
   */
  Candidate match(Cursor c, int i);
}
