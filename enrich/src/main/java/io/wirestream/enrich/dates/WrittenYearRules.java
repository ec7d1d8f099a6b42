package io.wirestream.enrich.dates;

/**
 * Years on their own: "1998", "'98" after in/since, "nineteen ninety-six", "the year two thousand".
 */
final class WrittenYearRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    int y = CalendarWords.year(c, i);
    if (y > 0) {
      if (c.is(i + 1, "s") && c.adjacent(i + 1)) {
        return null;
      }
      return Candidate.of(i, i + 1, CalendarValue.year(y));
    }
    if (c.is(i, "'") && c.isAny(i - 1, "in", "since", "of", "until", "by", "from")) {
      y = CalendarWords.shortYear(c, i);
      if (y > 0) {
        return Candidate.of(i, i + 2, CalendarValue.year(y));
      }
    }
    if (c.is(i, "the") && c.is(i + 1, "year")) {
      Candidate spoken = spokenYear(c, i + 2);
      if (spoken == null && CalendarWords.year(c, i + 2) > 0) {
        spoken = Candidate.of(i + 2, i + 3, CalendarValue.year(CalendarWords.year(c, i + 2)));
      }
      return spoken == null ? null : spoken.withSpan(i, spoken.end());
    }
    return spokenYear(c, i);
  }

  /** "nineteen ninety-six", "nineteen eighty", "two thousand (and) one". */
  static Candidate spokenYear(Cursor c, int i) {
    Lexicon.NumberWord first = c.lex.numbers.get(c.w(i));
    if (first == null || !first.cardinal()) {
      return null;
    }
    if (first.value() >= 11 && first.value() <= 20) {
      NumberWords.Quantity rest = NumberWords.parse(c, i + 1, false);
      if (rest == null
          || rest.vague()
          || rest.value() < 10
          || rest.value() > 99
          || c.lex.units.containsKey(c.w(rest.end()))
          || c.isAny(rest.end(), "percent", "%", "hundred")) {
        return null;
      }
      return Candidate.of(
          i, rest.end(), CalendarValue.year(first.value() * 100 + (int) rest.value()));
    }
    if (first.value() == 2 && c.is(i + 1, "thousand") && !c.lex.units.containsKey(c.w(i + 2))) {
      int e = i + 2;
      int y = 2000;
      int k = c.is(e, "and") ? e + 1 : e;
      NumberWords.Quantity rest = NumberWords.parse(c, k, false);
      if (rest != null && !rest.vague() && rest.value() < 100) {
        y += (int) rest.value();
        e = rest.end();
      }
      boolean context = c.isAny(i - 1, "in", "by", "since", "until", "year", "of");
      return context ? Candidate.of(i, e, CalendarValue.year(y)) : null;
    }
    return null;
  }
}
