package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;

/**
 * A counted distance from the reference day or the focus: "two weeks ago", "a year earlier", "five
 * years from now", "a week or so ago", "three months after".
 */
final class CountedOffsetRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    Candidate found = offsetCore(c, i);
    if (found != null && c.is(found.end() - 2, "so") && c.is(found.end() - 3, "or")) {
      return found.withMod("APPROX");
    }
    return found;
  }

  private static Candidate offsetCore(Cursor c, int i) {
    NumberWords.Quantity q = NumberWords.parse(c, i, true);
    if (q == null) {
      return null;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(q.end()));
    if (unit == null || unit.unit() == Unit.WEEKEND) {
      return null;
    }
    int e = q.end() + 1;
    boolean approx = false;
    // "a week or so ago"
    if (c.is(e, "or") && c.is(e + 1, "so") && c.isAny(e + 2, "ago", "earlier", "later")) {
      approx = true;
      e += 2;
    }
    int sign;
    boolean fromFocus;
    if (c.is(e, "ago")) {
      sign = -1;
      fromFocus = false;
    } else if (c.is(e, "from") && c.is(e + 1, "now")) {
      sign = 1;
      fromFocus = false;
      e++;
    } else if (c.isAny(e, "earlier", "before")) {
      sign = -1;
      fromFocus = true;
    } else if (c.is(e, "later")) {
      // "three days later" measures the time since the event before it: TimeML takes the length
      // as the expression (a DURATION) and "later" as the signal linking it
      return null;
    } else if (c.isAny(e, "after", "hence")) {
      sign = 1;
      fromFocus = true;
    } else {
      return null;
    }
    // "before"/"after" followed by a noun phrase is a preposition, not an offset
    if (c.isAny(e, "before", "after")
        && c.t(e + 1) != null
        && c.t(e + 1).isWord()
        && !c.isAny(e + 1, "that", "this", "and", "but", "when")) {
      return null;
    }
    e++;
    if (q.vague() || q.value() != Math.rint(q.value())) {
      return Candidate.of(i, e, TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    int n = (int) q.value() * sign;
    Unit u = unit.unit();
    if (u.timePart) {
      return Candidate.of(i, e, TimexType.TIME, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    CalendarValue base = fromFocus ? c.focus() : CalendarValue.day(c.today);
    // Comparisons with "a year ago" in results reporting are about the same quarter.
    if (u == Unit.YEAR && n == -1 && c.lastQuarter() != null) {
      return Candidate.of(i, e, c.lastQuarter().plus(Unit.YEAR, n)).relative();
    }
    Granularity g = u.granularity;
    CalendarValue anchored =
        base.granularity().finerThan(g) || base.granularity() == g
            ? base.coarsen(g)
            : CalendarValue.day(c.today).coarsen(g);
    return Candidate.of(i, e, anchored.plus(u, n)).relative();
  }
}
