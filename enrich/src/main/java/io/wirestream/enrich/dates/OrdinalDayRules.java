package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * A day of the month named by its ordinal alone after a preposition ("talks ended on the 3rd", "due
 * by the 20th"): the day in the month the text is talking about, or, with no month in focus, in the
 * reference month or its neighbour as the tense says ("ended on the 28th", written on the 2nd, is
 * last month's). An ordinal followed by a noun ("on the 18th hole", "the 20th century") is not a
 * date.
 */
final class OrdinalDayRules implements RuleFamily {

  /** Prepositions that take a day ("on the 3rd", "since the 12th"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("on", "by", "until", "till", "since", "from", "before", "after", "through", "to");

  /** Words that may follow the day and show it is not an adjective before a noun. */
  private static final Set<String> FOLLOWERS =
      Set.of(
          "and", "or", "but", "at", "in", "when", "after", "before", "to", "through", "until", "as",
          "with", "while", "because", "amid");

  @Override
  public Candidate match(Cursor c, int i) {
    if (!c.is(i, "the") || !PREPOSITIONS.contains(c.w(i - 1))) {
      return null;
    }
    int[] end = new int[1];
    int day = CalendarWords.dayOfMonth(c, i + 1, end);
    // only a written ordinal ("3rd"): a bare number after "the" is a count ("the 12 members")
    if (day == 0 || end[0] != i + 3) {
      return null;
    }
    int e = end[0];
    // "the 20th of this month", "the 5th of next month"
    if (c.is(e, "of") && c.isAny(e + 1, "this", "next", "last") && c.is(e + 2, "month")) {
      int shift = c.is(e + 1, "this") ? 0 : c.is(e + 1, "next") ? 1 : -1;
      LocalDate first = c.today.withDayOfMonth(1).plusMonths(shift);
      return day <= first.lengthOfMonth()
          ? Candidate.of(i, e + 3, CalendarValue.day(first.withDayOfMonth(day)))
          : null;
    }
    Token next = c.t(e);
    if (next != null && next.isWord() && !FOLLOWERS.contains(next.lower())) {
      return null;
    }
    LocalDate month = month(c, i, e, day);
    if (month == null) {
      return null;
    }
    return Candidate.of(i, e, CalendarValue.day(month.withDayOfMonth(day))).relative();
  }

  /** The first day of the month the ordinal falls in, or null when that month is too short. */
  private static LocalDate month(Cursor c, int begin, int end, int day) {
    CalendarValue focus = c.focus();
    LocalDate first;
    boolean focused =
        (focus.granularity() == Granularity.MONTH || focus.granularity() == Granularity.DAY)
            && !focus.start().equals(c.today);
    if (focused) {
      first = focus.start().withDayOfMonth(1);
    } else {
      first = c.today.withDayOfMonth(1);
      Lexicon.Direction d = TenseDetector.cue(c, begin, end);
      if (d == Lexicon.Direction.PAST && day > c.today.getDayOfMonth()) {
        first = first.minusMonths(1);
      } else if (d == Lexicon.Direction.FUTURE && day < c.today.getDayOfMonth()) {
        first = first.plusMonths(1);
      }
    }
    return day <= first.lengthOfMonth() ? first : null;
  }
}
