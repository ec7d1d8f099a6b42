package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;

/**
 * A rule's match: the token range it covers and what it means.
 *
 * @param begin first token
 * @param end token after the last
 * @param type TIMEX3 type
 * @param value TIMEX3 value
 * @param mod TIMEX3 mod or null
 * @param period the calendar period the value denotes, or null (durations, sets, *_REF)
 * @param anchor whether later expressions may be resolved against it (explicit and
 *     reference-anchored dates are; "a year earlier" and "the year-ago quarter" are not, so that a
 *     chain of comparisons does not drift)
 */
record Candidate(
    int begin,
    int end,
    TimexType type,
    String value,
    String mod,
    CalendarValue period,
    boolean anchor) {

  Candidate(int begin, int end, TimexType type, String value, String mod, CalendarValue period) {
    this(begin, end, type, value, mod, period, true);
  }

  static Candidate of(int begin, int end, CalendarValue period) {
    TimexType type =
        period.granularity() == Granularity.MINUTE || period.granularity() == Granularity.DAYPART
            ? TimexType.TIME
            : TimexType.DATE;
    return new Candidate(begin, end, type, period.value(), null, period);
  }

  static Candidate of(int begin, int end, TimexType type, String value) {
    return new Candidate(begin, end, type, value, null, null);
  }

  Candidate withSpan(int newBegin, int newEnd) {
    return new Candidate(newBegin, newEnd, type, value, mod, period, anchor);
  }

  Candidate withMod(String newMod) {
    return new Candidate(begin, end, type, value, newMod, period, anchor);
  }

  /** The same match, marked as resolved against the focus rather than usable as one. */
  Candidate relative() {
    return new Candidate(begin, end, type, value, mod, period, false);
  }

  int length() {
    return end - begin;
  }
}
