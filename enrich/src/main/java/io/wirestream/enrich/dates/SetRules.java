package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.util.Set;

/**
 * Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "each year" (P1Y), "annually",
 * "weekly", "Mondays", "Tuesday nights" (XXXX-WXX-2TNI), "each July" (XXXX-07), "twice a year",
 * "every two weeks" (P2W). Rates ("$5 a month") are amounts, not times, and are left alone.
 */
final class SetRules implements RuleFamily {

  /** Words after "daily", "weekly" ... that show the adverb use ("published weekly in ..."). */
  private static final Set<String> NOT_NOUNS =
      Set.of(
          "and", "or", "in", "at", "for", "since", "on", "to", "until", "by", "from", "with",
          "during", "but", "as", "than", "over", "through", "basis");

  @Override
  public Candidate match(Cursor c, int i) {
    String w = c.w(i);
    String freq = c.lex.frequencies.get(w);
    if (freq != null) {
      // "a quarterly dividend", "the daily newspaper": an adjective of a noun, not a set of times
      Token next = c.t(i + 1);
      if (w.endsWith("ly") && next != null && next.isWord() && !NOT_NOUNS.contains(next.lower())) {
        return null;
      }
      return Candidate.of(i, i + 1, TimexType.SET, freq);
    }
    if (c.isAny(i, "every", "each")) {
      int k = c.is(i + 1, "other") ? i + 2 : i + 1;
      int step = k > i + 1 ? 2 : 1;
      return recurring(c, i, k, step);
    }
    if (c.isAny(i, "once", "twice") || c.num(i) > 0 && c.is(i + 1, "times")) {
      int k = c.isAny(i, "once", "twice") ? i + 1 : i + 2;
      if (c.isAny(k, "a", "an", "per", "each", "every")) {
        Lexicon.UnitWord unit = c.lex.units.get(c.w(k + 1));
        if (unit != null && !unit.plural()) {
          return Candidate.of(i, k + 2, TimexType.SET, IsoDuration.format(1, unit.unit()));
        }
      }
      return null;
    }
    int d = CalendarWords.weekday(c, i, true);
    if (d > 0) {
      return weekdaySet(c, i, i + 1, d);
    }
    d = CalendarWords.weekday(c, i, false);
    if (d > 0) {
      Lexicon.DayPart part = c.lex.dayParts.get(c.w(i + 1));
      if (part != null && part.plural()) {
        return Candidate.of(i, i + 2, TimexType.SET, "XXXX-WXX-" + d + "T" + part.code());
      }
    }
    return null;
  }

  private Candidate recurring(Cursor c, int i, int k, int step) {
    // "every two weeks", "every 10 minutes": one recurrence whose period is the whole length
    NumberWords.Quantity q = step == 1 ? NumberWords.parse(c, k, false) : null;
    if (q != null && !q.vague() && !q.approximate()) {
      Lexicon.UnitWord counted = c.lex.units.get(c.w(q.end()));
      if (counted != null && counted.plural() && counted.unit() != Unit.WEEKEND) {
        return Candidate.of(
            i, q.end() + 1, TimexType.SET, IsoDuration.format(q.value(), counted.unit()));
      }
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(k));
    if (unit != null && !unit.plural()) {
      return Candidate.of(i, k + 1, TimexType.SET, IsoDuration.format(step, unit.unit()));
    }
    int d = CalendarWords.weekday(c, k, false);
    if (d > 0) {
      return weekdaySet(c, i, CalendarWords.afterWeekday(c, k), d);
    }
    int m = CalendarWords.month(c, k, false);
    if (m > 0) {
      return Candidate.of(i, c.skipDot(k + 1), TimexType.SET, "XXXX-" + (m < 10 ? "0" : "") + m);
    }
    Lexicon.Season s = c.lex.seasons.get(c.w(k));
    if (s != null && !s.plural()) {
      return Candidate.of(i, k + 1, TimexType.SET, "XXXX-" + s.code());
    }
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(k));
    if (part != null && !part.plural()) {
      return Candidate.of(i, k + 1, TimexType.SET, "XXXX-XX-XXT" + part.code());
    }
    return null;
  }

  private Candidate weekdaySet(Cursor c, int i, int end, int d) {
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(end));
    if (part != null) {
      return Candidate.of(i, end + 1, TimexType.SET, "XXXX-WXX-" + d + "T" + part.code());
    }
    return Candidate.of(i, end, TimexType.SET, "XXXX-WXX-" + d);
  }
}
