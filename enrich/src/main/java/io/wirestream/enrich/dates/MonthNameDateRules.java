package io.wirestream.enrich.dates;

import java.time.LocalDate;

/**
 * Dates with a month name: "April 17", "Apr. 17, 2024", "17 April 2024", "the 17th of April",
 * "August 1988", "January this year", "Saturday, April 25"; a month or day written without its year
 * takes the one {@link #inferYear} reads from the text.
 */
final class MonthNameDateRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    Candidate best = weekdayThenDate(c, i);
    if (best == null) {
      best = monthFirst(c, i);
    }
    if (best == null) {
      best = dayFirst(c, i);
    }
    return best;
  }

  /** "Saturday, April 25", "Friday Oct. 13": the weekday joins the explicit date. */
  private Candidate weekdayThenDate(Cursor c, int i) {
    if (CalendarWords.weekday(c, i, false) == 0) {
      return null;
    }
    int k = CalendarWords.afterWeekday(c, i);
    if (c.is(k, ",")) {
      k++;
    }
    Candidate date = monthFirst(c, k);
    if (date == null) {
      date = dayFirst(c, k);
    }
    if (date == null || date.period().granularity() != Granularity.DAY) {
      return null;
    }
    return date.withSpan(i, date.end());
  }

  private Candidate monthFirst(Cursor c, int i) {
    int m = CalendarWords.month(c, i, false);
    if (m == 0) {
      return null;
    }
    int k = abbreviated(c, i) ? c.skipDot(i + 1) : i + 1;
    int[] end = new int[1];
    // Month day [,] [year]
    int day = CalendarWords.dayOfMonth(c, k, end);
    if (day == 0) {
      day = CalendarWords.ordinal(c, k, end);
    }
    boolean clock = c.is(end[0], ":") && c.digits(end[0] + 1) > 0 && c.adjacent(end[0] + 1);
    if (day > 0 && !(clock || c.isAny(end[0], "%") || c.lex.units.containsKey(c.w(end[0])))) {
      int e = end[0];
      int comma = c.is(e, ",") ? e + 1 : e;
      int y = CalendarWords.year(c, comma);
      if (y > 0 && CalendarWords.validDay(y, m, day)) {
        return Candidate.of(i, comma + 1, CalendarValue.day(LocalDate.of(y, m, day)));
      }
      y = CalendarWords.shortYear(c, comma);
      if (y > 0 && CalendarWords.validDay(y, m, day)) {
        return Candidate.of(i, comma + 2, CalendarValue.day(LocalDate.of(y, m, day)));
      }
      y = inferYear(c, i, e, m);
      // "the Jan. 6 committee", "the Oct. 7 attacks": an event over by now, whatever the tense
      if (c.lex.pastEvents.contains(c.w(e))
          && CalendarWords.validDay(y, m, day)
          && LocalDate.of(y, m, day).isAfter(c.today)) {
        int now = c.today.getYear();
        y =
            CalendarWords.validDay(now, m, day) && !LocalDate.of(now, m, day).isAfter(c.today)
                ? now
                : now - 1;
      }
      if (CalendarWords.validDay(y, m, day)) {
        return Candidate.of(i, e, CalendarValue.day(LocalDate.of(y, m, day)));
      }
    }
    // Month [of|,] year
    int j = c.isAny(k, "of", ",") ? k + 1 : k;
    int y = CalendarWords.year(c, j);
    if (y > 0) {
      return Candidate.of(i, j + 1, CalendarValue.month(y, m));
    }
    y = CalendarWords.shortYear(c, j);
    if (y > 0) {
      return Candidate.of(i, j + 2, CalendarValue.month(y, m));
    }
    Candidate spoken = WrittenYearRules.spokenYear(c, j);
    if (spoken != null) {
      return Candidate.of(
          i, spoken.end(), CalendarValue.month(spoken.period().start().getYear(), m));
    }
    // "January this year", "June last year"
    if (c.isAny(k, "this", "last", "next") && c.is(k + 1, "year")) {
      int shift = c.is(k, "this") ? 0 : c.is(k, "last") ? -1 : 1;
      return Candidate.of(i, k + 2, CalendarValue.month(c.today.getYear() + shift, m));
    }
    if (CalendarWords.month(c, i, true) == 0) {
      return null;
    }
    return Candidate.of(i, k, CalendarValue.month(inferYear(c, i, k, m), m));
  }

  /** "17 April 2024", "the 17th of April". */
  private Candidate dayFirst(Cursor c, int i) {
    int start = i;
    int k = c.is(i, "the") ? i + 1 : i;
    int[] end = new int[1];
    int day = CalendarWords.dayOfMonth(c, k, end);
    if (day == 0) {
      return null;
    }
    int j = c.is(end[0], "of") ? end[0] + 1 : end[0];
    if (k > i && j == end[0]) {
      return null;
    }
    int m = CalendarWords.month(c, j, false);
    if (m == 0) {
      return null;
    }
    int e = abbreviated(c, j) ? c.skipDot(j + 1) : j + 1;
    int comma = c.is(e, ",") ? e + 1 : e;
    int y = CalendarWords.year(c, comma);
    int yEnd = comma + 1;
    if (y < 0) {
      y = inferYear(c, start, e, m);
      yEnd = e;
    }
    if (!CalendarWords.validDay(y, m, day)) {
      return null;
    }
    return Candidate.of(start, yEnd, CalendarValue.day(LocalDate.of(y, m, day)));
  }

  /** A shortened month name ("Sept", "Jan") whose full stop belongs to it. */
  static boolean abbreviated(Cursor c, int i) {
    String w = c.w(i);
    return w.length() <= 4 && !w.equals("june") && !w.equals("july") && !w.equals("may");
  }

  /**
   * The year of a month (and day) written without one: the reference year, unless "since" puts it
   * in the past, or the sentence's tense puts it on the other side of the reference ("will be paid
   * June 1" in October is next June) or, with no tense cue, the same month of the neighbouring year
   * is nearer (January, written in November, is the coming one).
   */
  static int inferYear(Cursor c, int begin, int end, int month) {
    int y = c.today.getYear();
    int diff = month - c.today.getMonthValue();
    // "unchanged since July", "since the Oct. 7 attacks": what has lasted since has already begun
    if (c.is(begin - 1, "since") || c.is(begin - 1, "the") && c.is(begin - 2, "since")) {
      return diff > 0 ? y - 1 : y;
    }
    Lexicon.Direction d = TenseDetector.cue(c, begin, end);
    if (d == Lexicon.Direction.PAST
        && (diff > 4 || diff > 0 && TenseDetector.governedByPast(c, begin, end))) {
      return y - 1;
    }
    if (d == Lexicon.Direction.FUTURE && diff < -2) {
      return y + 1;
    }
    if (d == null && diff > 6) {
      return y - 1;
    }
    if (d == null && diff < -6) {
      return y + 1;
    }
    return y;
  }
}
