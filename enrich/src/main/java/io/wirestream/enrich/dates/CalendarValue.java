package io.wirestream.enrich.dates;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A resolved calendar period: a century, decade, year, half, quarter, season, month, week, weekend,
 * day, part of a day or minute. Knows its TIMEX3 value and the UTC instant range it covers.
 * Immutable.
 *
 * @param granularity how precise it is
 * @param start first day of the period (for DAYPART and MINUTE: the day)
 * @param code season code (SU ...) or part-of-day code (NI ...), else null
 * @param time time of day for MINUTE, else null
 * @param offsetHours UTC offset the time was given in (0 when none was given)
 * @param fromHour for DAYPART: first hour of the part of day (from dayparts.tsv)
 * @param toHour for DAYPART: hour it ends, past 24 when it runs into the next day
 */
record CalendarValue(
    Granularity granularity,
    LocalDate start,
    String code,
    LocalTime time,
    int offsetHours,
    int fromHour,
    int toHour) {

  CalendarValue(
      Granularity granularity, LocalDate start, String code, LocalTime time, int offsetHours) {
    this(granularity, start, code, time, offsetHours, 0, 24);
  }

  static CalendarValue century(int centuryPrefix) {
    return of(Granularity.CENTURY, LocalDate.of(centuryPrefix * 100, 1, 1));
  }

  static CalendarValue decade(int decadePrefix) {
    return of(Granularity.DECADE, LocalDate.of(decadePrefix * 10, 1, 1));
  }

  static CalendarValue year(int year) {
    return of(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  static CalendarValue half(int year, int half) {
    return of(Granularity.HALF, LocalDate.of(year, half == 1 ? 1 : 7, 1));
  }

  static CalendarValue quarter(int year, int quarter) {
    return of(Granularity.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  static CalendarValue quarterOf(LocalDate day) {
    return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
  }

  static CalendarValue season(int year, String code, int firstMonth) {
    return new CalendarValue(Granularity.SEASON, LocalDate.of(year, firstMonth, 1), code, null, 0);
  }

  static CalendarValue month(int year, int month) {
    return of(Granularity.MONTH, LocalDate.of(year, month, 1));
  }

  static CalendarValue week(LocalDate anyDay) {
    return of(Granularity.WEEK, anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  static CalendarValue weekend(LocalDate anyDay) {
    return of(
        Granularity.WEEKEND,
        anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5));
  }

  static CalendarValue day(LocalDate day) {
    return of(Granularity.DAY, day);
  }

  static CalendarValue dayPart(LocalDate day, Lexicon.DayPart part) {
    return new CalendarValue(
        Granularity.DAYPART, day, part.code(), null, 0, part.startHour(), part.endHour());
  }

  static CalendarValue minute(LocalDate day, LocalTime time, int offsetHours) {
    return new CalendarValue(Granularity.MINUTE, day, null, time, offsetHours);
  }

  private static CalendarValue of(Granularity g, LocalDate start) {
    return new CalendarValue(g, start, null, null, 0);
  }

  /**
   * The TIMEX3 value: 19, 199, 1998, 1998-H1, 1998-Q3, 1998-SU, 1998-04, 1998-W16, 1998-W16-WE,
   * 1998-04-17, 1998-04-17TNI, 1998-04-17T06:18.
   */
  String value() {
    int y = start.getYear();
    return switch (granularity) {
      case CENTURY -> pad(y / 100, 2);
      case DECADE -> pad(y / 10, 3);
      case YEAR -> pad(y, 4);
      case HALF -> pad(y, 4) + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> pad(y, 4) + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case SEASON -> pad(y, 4) + "-" + code;
      case MONTH -> pad(y, 4) + "-" + pad(start.getMonthValue(), 2);
      case WEEK -> isoWeek();
      case WEEKEND -> isoWeek() + "-WE";
      case DAY -> start.toString();
      case DAYPART -> start + "T" + code;
      case MINUTE -> start + "T" + pad(time.getHour(), 2) + ":" + pad(time.getMinute(), 2);
    };
  }

  private String isoWeek() {
    return pad(start.get(IsoFields.WEEK_BASED_YEAR), 4)
        + "-W"
        + pad(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }

  Instant rangeBegin() {
    return switch (granularity) {
      case DAYPART -> at(start, fromHour);
      case MINUTE -> LocalDateTime.of(start, time).toInstant(ZoneOffset.ofHours(offsetHours));
      default -> at(start, 0);
    };
  }

  Instant rangeEnd() {
    return switch (granularity) {
      case CENTURY -> at(start.plusYears(100), 0);
      case DECADE -> at(start.plusYears(10), 0);
      case YEAR -> at(start.plusYears(1), 0);
      case HALF -> at(start.plusMonths(6), 0);
      case QUARTER, SEASON -> at(start.plusMonths(3), 0);
      case MONTH -> at(start.plusMonths(1), 0);
      case WEEK -> at(start.plusWeeks(1), 0);
      case WEEKEND -> at(start.plusDays(2), 0);
      case DAY -> at(start.plusDays(1), 0);
      case DAYPART -> at(start, toHour);
      case MINUTE -> rangeBegin().plusSeconds(60);
    };
  }

  /** The same period moved by n units ("a year earlier" than 1989-Q3 is 1988-Q3). */
  CalendarValue plus(Unit unit, int n) {
    LocalDate moved =
        switch (unit) {
          case CENTURY -> start.plusYears(100L * n);
          case DECADE -> start.plusYears(10L * n);
          case YEAR -> start.plusYears(n);
          case QUARTER -> start.plusMonths(3L * n);
          case MONTH -> start.plusMonths(n);
          case FORTNIGHT -> start.plusWeeks(2L * n);
          case WEEK, WEEKEND -> start.plusWeeks(n);
          case DAY -> start.plusDays(n);
          default -> start;
        };
    return new CalendarValue(granularity, moved, code, time, offsetHours, fromHour, toHour);
  }

  /** This period seen at a coarser granularity (the year of a day ...). */
  CalendarValue coarsen(Granularity g) {
    return switch (g) {
      case CENTURY -> century(start.getYear() / 100);
      case DECADE -> decade(start.getYear() / 10);
      case YEAR -> year(start.getYear());
      case HALF -> half(start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> quarterOf(start);
      case MONTH -> month(start.getYear(), start.getMonthValue());
      case WEEK -> week(start);
      case WEEKEND -> weekend(start);
      case DAY -> day(start);
      default -> this;
    };
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atStartOfDay().plusHours(hour).toInstant(ZoneOffset.UTC);
  }

  private static String pad(int v, int width) {
    String s = Integer.toString(Math.abs(v));
    StringBuilder sb = new StringBuilder(width);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }
}
