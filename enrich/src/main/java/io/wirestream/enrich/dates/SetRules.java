package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.util.Set;

/**
 * Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "each year" (P1Y), "annually",
 * "weekly", "Mondays", "Tuesday nights" (XXXX-WXX-2TNI), "each July" (XXXX-07), "twice a year",
 * "every two weeks" (P2W), "24 hours a day" (P1D), "the first Friday of each month" (P1M). Rates
 * ("$5 a month") are amounts, not times, and are left alone.
 */
final class SetRules implements RuleFamily {

  /** Words after "daily", "weekly" ... that show the adverb use ("published weekly in ..."). */
  private static final Set<String> NOT_NOUNS =
      Set.of(
          "and", "or", "in", "at", "for", "since", "on", "to", "until", "by", "from", "with",
          "during", "but", "as", "than", "over", "through", "basis");

  /**
   * Nouns of money, proportion and distance: an amount per period is a rate ("$5 a month") or a
   * speed ("15 miles an hour"), not a recurring time.
   */
  private static final Set<String> AMOUNT_NOUNS =
      Set.of(
          "percent",
          "cents",
          "dollars",
          "pounds",
          "euros",
          "yen",
          "times",
          "pence",
          "francs",
          "million",
          "billion",
          "trillion",
          "miles",
          "kilometers",
          "kilometres",
          "km",
          "meters",
          "metres",
          "feet",
          "yards",
          "knots",
          "inches");

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
      // "to grow 20% annually", "saves $50 million annually": a rate, an amount per period as
      // "$5 a month" is
      if (c.isAny(i - 1, "%", "percent")
          || AMOUNT_NOUNS.contains(c.w(i - 1))
          || c.digits(i - 1) > 0) {
        return null;
      }
      return Candidate.of(i, i + 1, TimexType.SET, freq);
    }
    if (c.isAny(i, "every", "each")) {
      int k = c.is(i + 1, "other") ? i + 2 : i + 1;
      int step = k > i + 1 ? 2 : 1;
      return recurring(c, i, k, step);
    }
    if (c.isAny(i, "once", "twice") || timesCount(c, i) && c.is(i + 1, "times")) {
      int k = c.isAny(i, "once", "twice") ? i + 1 : i + 2;
      if (c.isAny(k, "a", "an", "per", "each", "every")) {
        Lexicon.UnitWord unit = c.lex.units.get(c.w(k + 1));
        if (unit != null && !unit.plural()) {
          return Candidate.of(i, k + 2, TimexType.SET, IsoDuration.format(1, unit.unit()));
        }
      }
      return null;
    }
    Candidate rate = countPerPeriod(c, i);
    if (rate != null) {
      return rate;
    }
    Candidate share = shareOfPeriod(c, i);
    if (share != null) {
      return share;
    }
    Candidate monthly = dayOfEachMonth(c, i);
    if (monthly != null) {
      return monthly;
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

  /**
   * "500 cars a day", "two million barrels a day", "three meals a day": a count of things recurring
   * every period (SET, as TimeML marks "50,000 CDs a year"). Money and percentages per period are
   * amounts and stay unmarked, as in DurationRules.
   */
  private static Candidate countPerPeriod(Cursor c, int i) {
    if (!c.isAny(i, "a", "an", "per")) {
      return null;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(i + 1));
    if (unit == null
        || unit.plural()
        || unit.unit() == Unit.WEEKEND
        || unit.unit() == Unit.QUARTER
        || unit.unit() == Unit.SECOND) {
      return null;
    }
    // the things counted: a plural noun ("cars", "CDs") or "people"
    Token counted = c.t(i - 1);
    if (counted == null
        || !counted.isWord()
        || !(counted.lower().endsWith("s") || counted.lower().equals("people"))
        || AMOUNT_NOUNS.contains(counted.lower())
        || c.lex.units.containsKey(counted.lower())) {
      return null;
    }
    for (int k = i - 2; k >= i - 4 && k >= 0; k--) {
      Token t = c.t(k);
      Lexicon.NumberWord nw = c.lex.numbers.get(t.lower());
      if (t.isNumber() || nw != null && (nw.cardinal() || nw.kind().equals("scale"))) {
        return Candidate.of(i, i + 2, TimexType.SET, IsoDuration.format(1, unit.unit()));
      }
      if (!t.isWord()) {
        return null;
      }
    }
    return null;
  }

  /**
   * "24 hours a day", "seven days a week", "an hour per day": a length of time taken out of every
   * longer period recurs with that period (TIMEX3 SET whose value is the period, as "twice a week"
   * is P1W); one expression, not a duration beside a set.
   */
  private static Candidate shareOfPeriod(Cursor c, int i) {
    Token t = c.t(i);
    if (!t.isNumber() && !c.lex.numbers.containsKey(t.lower()) && !c.isAny(i, "a", "an")) {
      return null;
    }
    NumberWords.Quantity q = NumberWords.parse(c, i, true);
    if (q == null || q.vague()) {
      return null;
    }
    Lexicon.UnitWord part = c.lex.units.get(c.w(q.end()));
    int k = q.end() + 1;
    if (part == null || part.unit() == Unit.WEEKEND || !c.isAny(k, "a", "an", "per", "each")) {
      return null;
    }
    if (c.is(k + 1, "night")) {
      return Candidate.of(i, k + 2, TimexType.SET, "XXXX-XX-XXTNI");
    }
    Lexicon.UnitWord whole = c.lex.units.get(c.w(k + 1));
    // Unit runs from the longest to the shortest: the share must be the shorter one
    if (whole == null
        || whole.plural()
        || whole.unit() == Unit.WEEKEND
        || whole.unit().ordinal() >= part.unit().ordinal()) {
      return null;
    }
    return Candidate.of(i, k + 2, TimexType.SET, IsoDuration.format(1, whole.unit()));
  }

  /**
   * "the first Friday of each month", "the 15th of every month": one day recurring monthly (P1M).
   * Only with "each" or "every"; "the first Friday of the month" may name a single day.
   */
  private static Candidate dayOfEachMonth(Cursor c, int i) {
    if (!c.is(i, "the")) {
      return null;
    }
    int k = i + 1;
    int[] end = new int[1];
    int n = c.is(k, "last") ? 1 : CalendarWords.ordinal(c, k, end);
    int j = c.is(k, "last") ? k + 1 : end[0];
    if (n <= 0 || n > 31) {
      return null;
    }
    if (CalendarWords.weekday(c, j, false) > 0) {
      if (n > 5) {
        return null;
      }
      j = CalendarWords.afterWeekday(c, j);
    }
    if (!c.is(j, "of") || !c.isAny(j + 1, "each", "every") || !c.is(j + 2, "month")) {
      return null;
    }
    return Candidate.of(i, j + 3, TimexType.SET, "P1M");
  }

  /** A count before "times": "3", "three", "several". */
  private static boolean timesCount(Cursor c, int i) {
    Lexicon.NumberWord nw = c.lex.numbers.get(c.w(i));
    return c.num(i) > 0 || nw != null && nw.cardinal() || c.isAny(i, "several", "many");
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
