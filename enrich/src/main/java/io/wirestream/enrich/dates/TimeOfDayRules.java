package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * Clock times, alone or with the day they fall on: "6:18 a.m. EDT", "10 p.m. Wednesday", "noon
 * Thursday", "5 p.m. EST, Nov. 9", "midnight Friday", "14:30", "six o'clock this morning", "9:30
 * last night".
 */
final class TimeOfDayRules implements RuleFamily {

  private final RuleFamily explicit = new ExplicitDateRules();
  private final RuleFamily relative = new RelativeDateRules();
  private final RuleFamily named = new NamedDayRules();

  @Override
  public Candidate match(Cursor c, int i) {
    int[] end = new int[1];
    LocalTime time = ClockReading.clock(c, i, end);
    if (time == null) {
      time = bareHourBeforePart(c, i, end);
    }
    if (time == null) {
      return null;
    }
    int e = end[0];
    int offset = 0;
    Integer zone = ClockReading.zoneAt(c, e);
    if (zone != null) {
      offset = zone;
      e++;
    }
    // the day it falls on, when named right after ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9")
    int d = c.is(e, ",") || c.is(e, "on") ? e + 1 : e;
    Candidate day = dayAt(c, d);
    Candidate part = day == null ? partOfDayAt(c, d) : null;
    LocalDate date = c.today;
    if (part != null) {
      // "midnight tonight", "10 a.m. this morning", "9:30 last night": one time on that day, in
      // the afternoon or evening when the part says so and the clock does not
      date = part.period().start();
      e = part.end();
      if (time.getHour() >= 1
          && time.getHour() < 12
          && part.period().fromHour() >= 12
          && !ClockReading.meridiemStated(c, i, end[0])) {
        time = time.plusHours(12);
      }
    } else if (day != null) {
      date = day.period().start();
      e = day.end();
      int w = CalendarWords.weekday(c, d, false);
      LocalDate converted = w > 0 ? convertedDay(c, i, w) : null;
      if (converted != null) {
        date = converted;
      }
    } else {
      // "from 9 a.m. to 11:30 a.m. on Tuesday": the opening time shares the closing one's day
      LocalDate closing = rangeClosingDay(c, i, e, time);
      LocalDate named = closing != null ? closing : dayJustBefore(c, i, time);
      if (named != null) {
        date = named;
      }
    }
    if (c.is(i, "midnight")) {
      // TIMEX3 writes midnight as the end of the day it closes ("midnight Friday" = Friday T24:00)
      return new Candidate(
          i,
          e,
          TimexType.TIME,
          date + "T24:00",
          null,
          CalendarValue.minute(date.plusDays(1), LocalTime.MIDNIGHT, offset));
    }
    return Candidate.of(i, e, CalendarValue.minute(date, time, offset));
  }

  /**
   * The day named after the closing time when the time ending before token e opens a clock-time
   * range ("9 a.m. to 5 p.m. Friday", "between 7 a.m. and 8 p.m. on Sunday", "9 a.m.-noon Monday"),
   * or null. A range that runs overnight ("10 p.m. to 6 a.m. Monday") opens the evening before.
   */
  private LocalDate rangeClosingDay(Cursor c, int i, int e, LocalTime opening) {
    boolean dash = c.is(e, "-");
    if (!dash && !c.isAny(e, "to", "until", "till", "and")) {
      return null;
    }
    if (c.is(e, "and") && !c.is(i - 1, "between")) {
      return null;
    }
    int[] end = new int[1];
    LocalTime closing = ClockReading.clock(c, e + 1, end);
    if (closing == null) {
      return null;
    }
    int k = ClockReading.zoneAt(c, end[0]) != null ? end[0] + 1 : end[0];
    Candidate day = dayAt(c, c.is(k, ",") || c.is(k, "on") ? k + 1 : k);
    if (day == null) {
      return null;
    }
    LocalDate closingDay = day.period().start();
    boolean overnight = closing.isBefore(opening) && !closing.equals(LocalTime.MIDNIGHT);
    return overnight ? closingDay.minusDays(1) : closingDay;
  }

  /**
   * "1 a.m. Thursday (2200 GMT Wednesday)": a time in brackets right after another restates it in
   * another zone, so its weekday is the one nearest the first time's day, not the reference's; null
   * when the time at i is not such a restatement.
   */
  private static LocalDate convertedDay(Cursor c, int i, int weekday) {
    if (!c.is(i - 1, "(")) {
      return null;
    }
    CalendarValue stated = c.endingBefore(i - 1);
    if (stated == null
        || stated.granularity() != Granularity.MINUTE && stated.granularity() != Granularity.DAY) {
      return null;
    }
    LocalDate anchor = stated.start();
    int gap = Math.floorMod(weekday - anchor.getDayOfWeek().getValue() + 3, 7) - 3;
    return anchor.plusDays(gap);
  }

  /**
   * The day of the expression that ends right before the time, across "at", "around", "from" and
   * the like ("on Tuesday at 9 a.m.", "March 3, around 10 p.m.", "7 a.m. Sunday (0500 GMT)"), or
   * null.
   */
  private static LocalDate dayJustBefore(Cursor c, int i, LocalTime time) {
    for (int k = i - 1; k >= 0 && k >= i - 3 && DAY_TIME_LINKS.contains(c.w(k)); k--) {
      CalendarValue before = c.endingBefore(k);
      if (before != null && before.granularity() == Granularity.DAY) {
        return before.start();
      }
      if (before != null && before.granularity() == Granularity.MINUTE) {
        // a time in brackets restates the same moment in another zone, within twelve hours of
        // it and maybe across midnight ("11:50 p.m. Monday (0450 GMT)")
        int minutes = time.toSecondOfDay() / 60 - before.time().toSecondOfDay() / 60;
        int dayShift = minutes > 12 * 60 ? -1 : minutes < -12 * 60 ? 1 : 0;
        return before.start().plusDays(c.is(i - 1, "(") ? dayShift : 0);
      }
    }
    return null;
  }

  /**
   * Words between a day (or a time with its day) and a clock time on that day ("Tuesday at 9 a.m.",
   * "Monday, around noon", "6 a.m. Thursday local time (0300 GMT)").
   */
  private static final Set<String> DAY_TIME_LINKS =
      Set.of(
          ",",
          "(",
          "local",
          "time",
          "at",
          "around",
          "about",
          "approximately",
          "from",
          "between",
          "shortly",
          "just",
          "after",
          "before",
          "until",
          "till",
          "by",
          "starting",
          "beginning");

  private Candidate dayAt(Cursor c, int i) {
    Candidate day = explicit.match(c, i);
    if (day == null) {
      day = relative.match(c, i);
    }
    if (day == null) {
      day = named.match(c, i);
    }
    if (day == null || day.period() == null || day.period().granularity() != Granularity.DAY) {
      return null;
    }
    return day;
  }

  /**
   * A part of a named day at token i ("tonight", "this morning", "last night", "yesterday
   * afternoon", "Tuesday evening"), or null.
   */
  private Candidate partOfDayAt(Cursor c, int i) {
    Candidate part = relative.match(c, i);
    if (part == null) {
      part = named.match(c, i);
    }
    if (part == null
        || part.begin() != i
        || part.period() == null
        || part.period().granularity() != Granularity.DAYPART) {
      return null;
    }
    return part;
  }

  /**
   * "at 8 tonight", "at 6 this morning": a bare hour is a clock time when a part of a day follows
   * it; or null.
   */
  private LocalTime bareHourBeforePart(Cursor c, int i, int[] end) {
    // a clock time after its preposition, not a count ("rose 5 tonight"); the cheap tests first,
    // as this runs at every number of the text
    if (c.digits(i) == 0
        || c.digits(i) > 2
        || !c.isAny(i - 1, "at", "by", "until", "before", "after", "around", "from")) {
      return null;
    }
    int hour = c.num(i);
    if (hour < 1 || hour > 11 || partOfDayAt(c, i + 1) == null) {
      return null;
    }
    end[0] = i + 1;
    return LocalTime.of(hour, 0);
  }
}
