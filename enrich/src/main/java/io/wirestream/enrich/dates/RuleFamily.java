package io.wirestream.enrich.dates;

/** One family of temporal patterns (explicit dates, relative dates, durations ...). */
interface RuleFamily {

  /**
   * The longest expression of this family starting at token i, or null. Must not change the
   * cursor's focus.
   */
  Candidate match(Cursor c, int i);

  /**
   * A family made of smaller ones consulted in order, where the first that matches wins even over a
   * longer match of a later one. The tagger instead takes the longest match across families; this
   * ordered precedence is for parts of one family whose earlier patterns must shadow the later.
   */
  static RuleFamily firstOf(RuleFamily... parts) {
    RuleFamily[] ordered = parts.clone();
    return (c, i) -> {
      for (RuleFamily part : ordered) {
        Candidate found = part.match(c, i);
        if (found != null) {
          return found;
        }
      }
      return null;
    };
  }
}
