package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A period shifted from the reference day or the focus: this/last/next/coming/past/previous + unit,
 * month, season, weekday or part of day ("last year", "this week", "next month", "the previous
 * year", "last fall", "last April", "this coming Sunday", "the previous Friday", "last night",
 * "this morning").
 */
final class ShiftedPeriodRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    int k = i;
    boolean the = c.is(k, "the");
    if (the) {
      k++;
    }
    String w = c.w(k);
    int shift;
    switch (w) {
      case "this", "current" -> shift = 0;
      case "last", "past", "previous", "preceding" -> shift = -1;
      case "next", "coming", "following" -> shift = 1;
      default -> {
        return null;
      }
    }
    if (the && w.equals("this")) {
      return null;
    }
    int j = k + 1;
    // "this past spring", "this coming Sunday"
    if (w.equals("this") && c.isAny(j, "past", "coming")) {
      shift = c.is(j, "past") ? -1 : 1;
      j++;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(j));
    if (unit != null && !unit.plural()) {
      // "the next day", "the previous year" depend on the focus, not the reference day
      if (the
          && (w.equals("previous")
              || w.equals("next")
              || w.equals("following")
              || w.equals("preceding"))) {
        return FocusRelativeRules.focusShift(c, i, j + 1, unit.unit(), shift);
      }
      if (the && (w.equals("current") || w.equals("coming")) && unit.unit() != Unit.YEAR) {
        return null;
      }
      // "over the past decade": the ten years up to now, not the calendar decade before this one
      if (the
          && (unit.unit() == Unit.DECADE || unit.unit() == Unit.CENTURY)
          && (w.equals("past")
              || w.equals("last") && c.isAny(i - 1, "over", "throughout", "for", "within"))) {
        return Candidate.of(i, j + 1, TimexType.DURATION, IsoDuration.format(1, unit.unit()));
      }
      return unitShift(c, i, j + 1, unit.unit(), shift, w);
    }
    if (the
        && (w.equals("previous") || w.equals("following") || w.equals("next"))
        && CalendarWords.weekday(c, j, false) > 0
        && c.focus().granularity() == Granularity.DAY) {
      // "the previous Friday": the one before the day the text is talking about
      DayOfWeek dow = DayOfWeek.of(CalendarWords.weekday(c, j, false));
      LocalDate f = c.focus().start();
      LocalDate day =
          shift < 0 ? f.with(TemporalAdjusters.previous(dow)) : f.with(TemporalAdjusters.next(dow));
      return Candidate.of(i, CalendarWords.afterWeekday(c, j), CalendarValue.day(day)).relative();
    }
    if (the) {
      return null;
    }
    if (w.equals("last") && c.is(j, "night")) {
      return Candidate.of(
          i, j + 1, CalendarValue.dayPart(c.today.minusDays(1), c.lex.dayParts.get("night")));
    }
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(j));
    if (part != null && !part.plural() && shift == 0) {
      return Candidate.of(i, j + 1, CalendarValue.dayPart(c.today, part));
    }
    int m = CalendarWords.month(c, j, false);
    if (m > 0 && !w.equals("past") && !w.equals("previous") && !w.equals("current")) {
      int y = c.today.getYear();
      int now = c.today.getMonthValue();
      if (shift < 0 && m >= now) {
        y--;
      } else if (shift > 0 && m <= now) {
        y++;
      }
      int e = MonthNameDateRules.abbreviated(c, j) ? c.skipDot(j + 1) : j + 1;
      return Candidate.of(i, e, CalendarValue.month(y, m));
    }
    int d = CalendarWords.weekday(c, j, false);
    if (d > 0 && !w.equals("past") && !w.equals("current")) {
      int e = CalendarWords.afterWeekday(c, j);
      DayOfWeek dow = DayOfWeek.of(d);
      LocalDate day;
      if (shift < 0) {
        day = c.today.with(TemporalAdjusters.previous(dow));
      } else if (shift > 0 && !w.equals("this")) {
        day = c.today.with(TemporalAdjusters.next(dow));
      } else if (shift == 0
          && dow.compareTo(c.today.getDayOfWeek()) < 0
          && TenseDetector.cue(c, i, e) == Lexicon.Direction.PAST) {
        // "met the leaders this Tuesday", written on Friday: the Tuesday of this week, gone by
        day = c.today.with(TemporalAdjusters.previous(dow));
      } else {
        day = c.today.with(TemporalAdjusters.nextOrSame(dow));
      }
      return DeicticDayRules.withDayPart(c, i, e, day);
    }
    Lexicon.Season s = c.lex.seasons.get(c.w(j));
    if (s != null && !s.plural()) {
      return Candidate.of(i, j + 1, NamedDayRules.seasonShift(c.today, s, shift));
    }
    return null;
  }

  static Candidate unitShift(Cursor c, int begin, int end, Unit unit, int shift, String word) {
    LocalDate t = c.today;
    CalendarValue v =
        switch (unit) {
          case YEAR -> CalendarValue.year(t.getYear() + shift);
          case QUARTER -> CalendarValue.quarterOf(t).plus(Unit.QUARTER, shift);
          case MONTH -> CalendarValue.month(t.getYear(), t.getMonthValue()).plus(Unit.MONTH, shift);
          case WEEK -> CalendarValue.week(t).plus(Unit.WEEK, shift);
          case WEEKEND -> CalendarValue.weekend(t).plus(Unit.WEEK, shift);
          case DECADE -> CalendarValue.decade(t.getYear() / 10 + shift);
          case CENTURY -> CalendarValue.century(t.getYear() / 100 + shift);
          case DAY -> shift == 0 ? CalendarValue.day(t) : null;
          default -> null;
        };
    if (v == null) {
      return null;
    }
    // "net was $5 million, compared with $3 million last year": in results reporting the figure
    // compared is the same quarter of last year, as with "a year ago"
    if (unit == Unit.YEAR
        && shift == -1
        && word.equals("last")
        && c.lastQuarter() != null
        && !c.is(end, "'")
        && comparedAmount(c, begin)) {
      return Candidate.of(begin, end, c.lastQuarter().plus(Unit.YEAR, -1)).relative();
    }
    return Candidate.of(begin, end, v);
  }

  /** An amount compared with ("compared with $3 million", "versus 40%") right before token i. */
  private static boolean comparedAmount(Cursor c, int i) {
    boolean amount = false;
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Token t = c.t(k);
      if (t.isNumber()) {
        amount = true;
      } else if (c.isAny(k, ".", ";", "?", "!")
          && !(c.digits(k - 1) > 0 && c.digits(k + 1) > 0)
          && !c.is(k - 1, "vs")) {
        return false;
      } else if (c.isAny(k, "compared", "versus", "vs")) {
        return amount;
      }
    }
    return false;
  }
}
