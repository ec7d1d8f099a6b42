package io.wirestream.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Days and parts of the year named without a direction word: weekdays resolved by tense ("said
 * Friday" -> the past Friday, "will meet on Monday" -> the coming one, "Thursday night"), parts of
 * day with their day ("afternoon yesterday", "mid-afternoon"), and seasons after a determiner or
 * with a year ("the summer", "the winter of 1994").
 */
final class NamedDayRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    Candidate best = weekday(c, i);
    if (best == null) {
      best = season(c, i);
    }
    if (best == null) {
      best = dayPart(c, i);
    }
    return best;
  }

  /** A bare weekday, resolved by tense; the reference day itself when it is that weekday. */
  private Candidate weekday(Cursor c, int i) {
    int d = CalendarWords.weekday(c, i, false);
    if (d == 0) {
      return null;
    }
    int e = CalendarWords.afterWeekday(c, i);
    Candidate inWeek = inNamedWeek(c, i, e, d);
    if (inWeek != null) {
      return inWeek;
    }
    LocalDate opening = rangeOpening(c, i);
    LocalDate listed = opening == null ? listedAfter(c, i, d) : null;
    LocalDate day;
    if (opening != null) {
      day = opening.with(TemporalAdjusters.next(DayOfWeek.of(d)));
    } else if (listed != null) {
      day = listed;
    } else if (c.today.getDayOfWeek().getValue() == d) {
      day = c.today;
    } else if (TenseDetector.direction(c, i, e) == Lexicon.Direction.FUTURE) {
      day = c.today.with(TemporalAdjusters.next(DayOfWeek.of(d)));
    } else {
      day = c.today.with(TemporalAdjusters.previous(DayOfWeek.of(d)));
    }
    return DeicticDayRules.withDayPart(c, i, e, day);
  }

  /**
   * "Monday of last week", "Tuesday next week": the weekday in the week named after it, as one
   * expression; or null.
   */
  private static Candidate inNamedWeek(Cursor c, int i, int e, int d) {
    int k = c.is(e, "of") ? e + 1 : e;
    if (!c.isAny(k, "last", "next", "this") || !c.is(k + 1, "week") || c.is(k + 2, "'")) {
      return null;
    }
    int shift = c.is(k, "last") ? -1 : c.is(k, "next") ? 1 : 0;
    LocalDate monday = c.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate day = monday.plusWeeks(shift).plusDays(d - 1L);
    return DeicticDayRules.withDayPart(c, i, k + 2, day);
  }

  /**
   * "Tuesday and Wednesday", "Thursday or Friday": a weekday listed after another day of the same
   * week falls after it; null when the weekday at i is not so listed. "Friday and Thursday" names
   * days in any order, so only a later weekday follows its neighbour.
   */
  private static LocalDate listedAfter(Cursor c, int i, int d) {
    int k = i - 1;
    if (!c.isAny(k, "and", "or", ",")) {
      return null;
    }
    CalendarValue first = weekdayBefore(c, k);
    if (first == null) {
      return null;
    }
    int gap = d - first.start().getDayOfWeek().getValue();
    return gap > 0 ? first.start().plusDays(gap) : null;
  }

  /**
   * The opening day when the weekday at i closes a range ("from Monday to Wednesday", "Monday
   * through Friday", "between Monday and Wednesday", "Mon.-Wed.", "late Saturday into early
   * Sunday"), whose end follows its start; or null.
   */
  private static LocalDate rangeOpening(Cursor c, int i) {
    // "late Saturday into early Sunday": the modifier of the closing day stands before it
    int at = c.isAny(i - 1, "early", "late") ? i - 1 : i;
    int k = at - 1;
    boolean dash = c.is(k, "-") && c.adjacent(k) && c.adjacent(i);
    if (!dash && !c.isAny(k, "to", "through", "until", "and", "into")) {
      return null;
    }
    CalendarValue first = weekdayBefore(c, k);
    if (first == null) {
      return null;
    }
    // "Friday and Thursday" lists days in any order; "and" makes a range only after "between"
    if (c.is(k, "and") && !c.is(weekdayAt(c, k) - 1, "between")) {
      return null;
    }
    return first.start();
  }

  /** The day a weekday just before the connector at k names ("Monday and", "Mon.-"); or null. */
  private static CalendarValue weekdayBefore(Cursor c, int k) {
    CalendarValue first = c.endingBefore(k);
    if (first == null
        || first.granularity() != Granularity.DAY
        || CalendarWords.weekday(c, weekdayAt(c, k), false) == 0) {
      return null;
    }
    return first;
  }

  /** Where the weekday before the connector at k stands, past its abbreviation's dot ("Mon."). */
  private static int weekdayAt(Cursor c, int k) {
    return c.is(k - 1, ".") ? k - 2 : k - 1;
  }

  /**
   * A part of day named with its day after it ("afternoon yesterday") or after a modifier
   * ("mid-afternoon", "late morning"), and "the morning" of the day in focus.
   */
  private Candidate dayPart(Cursor c, int i) {
    boolean the = c.is(i, "the");
    int k = the ? i + 1 : i;
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(k));
    if (part == null || part.plural()) {
      return null;
    }
    Candidate day = DeicticDayRules.deictic(c, k + 1);
    if (day == null && CalendarWords.weekday(c, k + 1, false) > 0) {
      day = weekday(c, k + 1);
    }
    if (day != null && day.period() != null && day.period().granularity() == Granularity.DAY) {
      return Candidate.of(i, day.end(), CalendarValue.dayPart(day.period().start(), part));
    }
    if (the
        && c.focus().granularity() == Granularity.DAY
        && !c.isAny(k + 1, "of", "after", "before")) {
      return Candidate.of(i, k + 1, CalendarValue.dayPart(c.focus().start(), part)).relative();
    }
    if (!the && c.isAny(i - 1, "mid", "-", "early", "late")) {
      return Candidate.of(i, k + 1, CalendarValue.dayPart(c.today, part));
    }
    return null;
  }

  /**
   * "the summer", "summer 2020", "the winter of 1994" (seasons named after a determiner or with a
   * year).
   */
  private Candidate season(Cursor c, int i) {
    boolean the = c.is(i, "the");
    int k = the ? i + 1 : i;
    Lexicon.Season s = c.lex.seasons.get(c.w(k));
    if (s == null || s.plural()) {
      return null;
    }
    int j = c.is(k + 1, "of") ? k + 2 : k + 1;
    int y = CalendarWords.year(c, j);
    if (y > 0) {
      return Candidate.of(i, j + 1, CalendarValue.season(y, s.code(), s.firstMonth()));
    }
    Candidate spoken = WrittenYearRules.spokenYear(c, j);
    if (spoken != null) {
      return Candidate.of(
          i,
          spoken.end(),
          CalendarValue.season(spoken.period().start().getYear(), s.code(), s.firstMonth()));
    }
    boolean preposition =
        c.isAny(i - 1, "in", "during", "until", "by", "since", "through", "early", "late", "mid");
    if (!the && !(preposition && !s.ambiguous())) {
      return null;
    }
    if (the
        && s.ambiguous()
        && !c.isAny(i - 1, "in", "during", "until", "by", "since", "through", "over", "of")) {
      return null;
    }
    return Candidate.of(i, k + 1, seasonByTense(c, i, k + 1, s));
  }

  /**
   * A season named without a year: the one containing or nearest the reference, unless the tense
   * puts it on the other side ("will travel to Moscow in the spring", said in November, is next
   * spring; "the harvest failed in the autumn", said in June, was last autumn's).
   */
  private static CalendarValue seasonByTense(Cursor c, int begin, int end, Lexicon.Season s) {
    CalendarValue nearest = seasonShift(c.today, s, 0);
    LocalDate start = nearest.start();
    Lexicon.Direction d = TenseDetector.cueBeyondPresent(c, begin, end);
    if (d == Lexicon.Direction.FUTURE && !start.plusMonths(3).isAfter(c.today)) {
      return CalendarValue.season(start.getYear() + 1, s.code(), s.firstMonth());
    }
    if (d == Lexicon.Direction.PAST && start.isAfter(c.today)) {
      return CalendarValue.season(start.getYear() - 1, s.code(), s.firstMonth());
    }
    return nearest;
  }

  /**
   * The season named, shift 0 = the one containing or nearest the reference, -1 = the last, 1 = the
   * next.
   */
  static CalendarValue seasonShift(LocalDate today, Lexicon.Season s, int shift) {
    LocalDate start = LocalDate.of(today.getYear(), s.firstMonth(), 1);
    // winter starting in December of the previous year covers January and February
    if (s.firstMonth() == 12 && today.getMonthValue() <= 2) {
      start = start.minusYears(1);
    }
    LocalDate end = start.plusMonths(3);
    if (shift < 0) {
      if (end.isAfter(today)) {
        start = start.minusYears(1);
      }
    } else if (shift > 0 && !start.isAfter(today)) {
      start = start.plusYears(1);
    }
    return CalendarValue.season(start.getYear(), s.code(), s.firstMonth());
  }
}
