package io.wirestream.enrich.dates;

/**
 * Decades and centuries: "the 1990s" (199), "the '80s", "the mid-'80s", "the eighties", "the 20th
 * century" (19), "this century", "the 1900s" (19), "the 2000s" (200).
 */
final class DecadeCenturyRules implements RuleFamily {

  private static final String[] DECADE_WORDS = {
    "",
    "",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties"
  };

  @Override
  public Candidate match(Cursor c, int i) {
    int k = c.is(i, "the") ? i + 1 : i;
    // "the early 1980s", "the mid-'80s": the modifier sits inside the determiner
    String mod = null;
    int core = k;
    if (k > i) {
      Lexicon.Modifier m =
          c.lex.modifiers.startsWith(c.w(k)) && c.isAny(k, "early", "late", "mid")
              ? c.lex.modifiers.match(c, k).value()
              : null;
      if (m != null) {
        mod = m.mod();
        core = c.is(k + 1, "-") ? k + 2 : k + 1;
      }
    }
    Candidate decade = decade(c, core);
    if (decade != null) {
      return new Candidate(i, decade.end(), decade.type(), decade.value(), mod, decade.period());
    }
    if (mod == null) {
      return century(c, i, k);
    }
    return null;
  }

  private Candidate decade(Cursor c, int i) {
    // 1990s, 1900s (a century); "the 2000s" is the decade 2000-2009, as English uses it
    if (c.digits(i) == 4 && c.is(i + 1, "s") && c.adjacent(i + 1) && c.num(i) % 10 == 0) {
      int y = c.num(i);
      if (y % 100 == 0 && y < 2000) {
        return Candidate.of(i, i + 2, CalendarValue.century(y / 100));
      }
      return Candidate.of(i, i + 2, CalendarValue.decade(y / 10));
    }
    // '80s, 80s
    int k = c.is(i, "'") ? i + 1 : i;
    if (c.digits(k) == 2
        && c.num(k) % 10 == 0
        && c.is(k + 1, "s")
        && c.adjacent(k + 1)
        && (k == i || c.adjacent(k))
        && (k > i || c.is(i - 1, "the") || c.isAny(i - 1, "-"))) {
      int y = CalendarWords.nearestCentury(c.num(k), c.today);
      return Candidate.of(i, k + 2, CalendarValue.decade(y / 10));
    }
    for (int d = 2; d < DECADE_WORDS.length; d++) {
      if (c.is(i, DECADE_WORDS[d])
          && (c.is(i - 1, "the") || c.is(i - 1, "-") || c.isAny(i - 1, "early", "late"))) {
        int y = c.today.getYear() / 100 * 100 + d * 10;
        if (y > c.today.getYear()) {
          y -= 100;
        }
        return Candidate.of(i, i + 1, CalendarValue.decade(y / 10));
      }
    }
    return null;
  }

  private Candidate century(Cursor c, int i, int k) {
    int[] end = new int[1];
    int ord = CalendarWords.ordinal(c, k, end);
    if (ord > 0 && ord <= 30 && c.is(end[0], "century")) {
      return Candidate.of(i, end[0] + 1, CalendarValue.century(ord - 1));
    }
    if (c.isAny(i, "this", "last", "next") && c.is(i + 1, "century")) {
      int shift = c.is(i, "this") ? 0 : c.is(i, "last") ? -1 : 1;
      return Candidate.of(i, i + 2, CalendarValue.century(c.today.getYear() / 100 + shift));
    }
    return null;
  }
}
