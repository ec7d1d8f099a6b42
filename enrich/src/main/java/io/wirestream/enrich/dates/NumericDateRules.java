package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates written in digits: "2024-04-17", "2024/04/17", "17/04/2024", "4/17/2024", "17.04.2024",
 * "4/17/24", and ISO 8601 timestamps quoted in the text ("2024-04-17T09:30:00Z").
 */
final class NumericDateRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
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
}
