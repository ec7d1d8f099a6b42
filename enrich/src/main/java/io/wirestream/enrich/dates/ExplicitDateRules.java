package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates written out in the text: "April 17", "Apr. 17, 2024", "17 April 2024", "17/04/2024",
 * "2024-04-17", "August 1988", "January this year", "Saturday, April 25", "1998", "nineteen
 * ninety-six", "the year two thousand", and the closing day of a range ("March 3-5").
 */
final class ExplicitDateRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    Candidate best = numeric(c, i);
    if (best == null) {
      best = weekdayThenDate(c, i);
    }
    if (best == null) {
      best = monthFirst(c, i);
    }
    if (best == null) {
      best = dayFirst(c, i);
    }
    if (best == null) {
      best = year(c, i);
    }
    if (best == null) {
      best = rangeDay(c, i);
    }
    return best;
  }

  /**
   * The closing day of a range whose opening day is written out: the "5" of "March 3-5", "March 3
   * to 5", "Sept. 12 through 14", in the month and year of the opening day.
   */
  private Candidate rangeDay(Cursor c, int i) {
    if (c.digits(i) == 0 || c.digits(i) > 2) {
      return null;
    }
    boolean dash = c.is(i - 1, "-") && c.adjacent(i - 1) && c.adjacent(i);
    if (!dash && !c.isAny(i - 1, "to", "through", "until")) {
      return null;
    }
    CalendarValue first = c.endingBefore(i - 1);
    if (first == null
        || first.granularity() != Granularity.DAY
        || c.num(i - 2) != first.start().getDayOfMonth()) {
      return null;
    }
    int day = c.num(i);
    if (day <= first.start().getDayOfMonth() || day > first.start().lengthOfMonth()) {
      return null;
    }
    // "March 3 to 5 percent", "March 3, 9-11 a.m.", "March 3 to 5 p.m.": not a day
    boolean fraction = c.isAny(i + 1, ".", ":") && c.adjacent(i + 2) && c.digits(i + 2) > 0;
    if (fraction
        || c.isAny(i + 1, "%", "percent", "a", "p", "am", "pm")
        || c.lex.units.containsKey(c.w(i + 1))
        || CalendarWords.month(c, i + 1, false) > 0) {
      return null;
    }
    return Candidate.of(i, i + 1, CalendarValue.day(first.start().withDayOfMonth(day)));
  }

  /** 2024-04-17, 2024/04/17, 17/04/2024, 4/17/2024, 17.04.2024, 4/17/24. */
  private Candidate numeric(Cursor c, int i) {
    if (c.digits(i) == 0 || c.digits(i + 2) == 0 || c.digits(i + 4) == 0) {
      return null;
    }
    String sep = c.w(i + 1);
    if (!(sep.equals("-") || sep.equals("/") || sep.equals(".")) || !c.is(i + 3, sep)) {
      return null;
    }
    for (int k = i + 1; k <= i + 4; k++) {
      if (!c.adjacent(k)) {
        return null;
      }
    }
    if (c.digits(i) == 4 && sep.equals("-")) {
      Candidate stamp = isoTimestamp(c, i);
      if (stamp != null) {
        return stamp;
      }
    }
    if (c.adjacent(i + 5) && (c.digits(i + 5) > 0 || c.isAny(i + 5, "-", "/"))) {
      return null;
    }
    int a = c.num(i);
    int b = c.num(i + 2);
    int d = c.num(i + 4);
    int y;
    int m;
    int day;
    if (c.digits(i) == 4) {
      y = a;
      m = b;
      day = d;
    } else if (c.digits(i + 4) == 4 || (c.digits(i + 4) == 2 && sep.equals("/"))) {
      y = c.digits(i + 4) == 4 ? d : CalendarWords.nearestCentury(d, c.today);
      // Day first when it cannot be a month; otherwise month first, as in US wire copy.
      if (a > 12) {
        day = a;
        m = b;
      } else {
        m = a;
        day = b;
      }
    } else {
      return null;
    }
    if (y < 1000 || !CalendarWords.validDay(y, m, day)) {
      return null;
    }
    return Candidate.of(i, i + 5, CalendarValue.day(LocalDate.of(y, m, day)));
  }

  /**
   * An ISO 8601 timestamp quoted in the text ("2024-04-17T09:30:00Z", "2024-04-17T09:30+02:00"),
   * its date at token i; the seconds, fraction and zone belong to the span, the value keeps the
   * minute as other clock times do.
   */
  private static Candidate isoTimestamp(Cursor c, int i) {
    int t = i + 5;
    if (!c.adjacent(t)
        || !c.t(t).text().equals("T")
        || c.digits(t + 1) != 2
        || !c.is(t + 2, ":")
        || c.digits(t + 3) != 2) {
      return null;
    }
    for (int k = t + 1; k <= t + 3; k++) {
      if (!c.adjacent(k)) {
        return null;
      }
    }
    int y = c.num(i);
    int m = c.num(i + 2);
    int day = c.num(i + 4);
    int hour = c.num(t + 1);
    int minute = c.num(t + 3);
    if (!CalendarWords.validDay(y, m, day) || hour > 23 || minute > 59) {
      return null;
    }
    int e = t + 4;
    if (c.is(e, ":") && c.adjacent(e) && c.digits(e + 1) == 2 && c.adjacent(e + 1)) {
      e += 2;
      if (c.is(e, ".") && c.adjacent(e) && c.digits(e + 1) > 0 && c.adjacent(e + 1)) {
        e += 2;
      }
    }
    int offset = 0;
    if (c.adjacent(e) && c.t(e).text().equals("Z")) {
      e++;
    } else if (c.adjacent(e)
        && c.isAny(e, "+", "-")
        && c.digits(e + 1) == 2
        && c.adjacent(e + 1)
        && c.is(e + 2, ":")
        && c.digits(e + 3) == 2) {
      offset = c.num(e + 1) * (c.is(e, "-") ? -1 : 1);
      e += 4;
    }
    return Candidate.of(
        i, e, CalendarValue.minute(LocalDate.of(y, m, day), LocalTime.of(hour, minute), offset));
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
    Candidate spoken = spokenYear(c, j);
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

  /** "1998", "'98" after in/since, "nineteen ninety-six", "the year two thousand". */
  private Candidate year(Cursor c, int i) {
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

  /**
   * The year of a month (and day) written without one: the reference year, unless "since" puts it
   * in the past, or the sentence's tense puts it on the other side of the reference ("will be paid
   * June 1" in October is next June) or, with no tense cue, the same month of the neighbouring year
   * is nearer (January, written in November, is the coming one).
   */
  static int inferYear(Cursor c, int begin, int end, int month) {
    int y = c.today.getYear();
    int diff = month - c.today.getMonthValue();
    // "unchanged since July": what something has lasted since has already begun
    if (c.is(begin - 1, "since")) {
      return diff > 0 ? y - 1 : y;
    }
    Lexicon.Direction d = TenseDetector.cue(c, begin, end);
    if (d == Lexicon.Direction.PAST && diff > 4) {
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
