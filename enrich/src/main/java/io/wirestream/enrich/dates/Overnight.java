package io.wirestream.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * "overnight" as a time of its own (TIMEX3 TIME, part of day NI), which wire copy uses for the
 * night just past ("Asian shares fell overnight") and the night into a named day ("overnight
 * Sunday"). Called by the relative-date rules at the word "overnight".
 */
final class Overnight {

  private Overnight() {}

  /**
   * "overnight" as an adverb of time: the night before the reference day in a past-tense report
   * ("stocks fell overnight"), the coming one in a plan, the night into a named day ("overnight
   * Sunday"). Not an adjective ("an overnight stay"), a length ("stayed overnight") or a figure of
   * speech ("will not happen overnight").
   */
  static Candidate match(Cursor c, int i) {
    Lexicon.DayPart night = c.lex.dayParts.get("night");
    int d = c.is(i + 1, "on") ? i + 2 : i + 1;
    int dow = CalendarWords.weekday(c, d, false);
    if (dow > 0) {
      // the night of the named day, as "Sunday night" is; its side of the reference by tense
      DayOfWeek named = DayOfWeek.of(dow);
      int e = CalendarWords.afterWeekday(c, d);
      LocalDate date =
          c.today.getDayOfWeek() == named
              ? c.today
              : TenseDetector.direction(c, i, e) == Lexicon.Direction.FUTURE
                  ? c.today.with(TemporalAdjusters.next(named))
                  : c.today.with(TemporalAdjusters.previous(named));
      return Candidate.of(i, e, CalendarValue.dayPart(date, night));
    }
    Token next = c.t(i + 1);
    boolean adverb = next == null || !next.isWord() || ADVERB_FOLLOWERS.contains(next.lower());
    if (!adverb || NOT_A_TIME_BEFORE.contains(c.w(i - 1)) || negated(c, i)) {
      return null;
    }
    Lexicon.Direction tense = TenseDetector.cue(c, i, i + 1);
    if (tense == null) {
      return null;
    }
    LocalDate evening = tense == Lexicon.Direction.PAST ? c.today.minusDays(1) : c.today;
    return Candidate.of(i, i + 1, CalendarValue.dayPart(evening, night));
  }

  /** Words after "overnight" that leave it an adverb ("fell overnight in Asia"). */
  private static final Set<String> ADVERB_FOLLOWERS =
      Set.of(
          "in",
          "on",
          "at",
          "as",
          "after",
          "before",
          "and",
          "to",
          "from",
          "with",
          "by",
          "amid",
          "while",
          "when",
          "following",
          "but",
          "near",
          "across",
          "around",
          "along",
          "into",
          "against",
          "despite",
          "said",
          "says",
          "according");

  /** Words before "overnight" that make it a length or a figure of speech, not a time. */
  private static final Set<String> NOT_A_TIME_BEFORE =
      Set.of(
          "stay",
          "stays",
          "stayed",
          "staying",
          "spend",
          "spent",
          "spends",
          "kept",
          "keep",
          "held",
          "hold",
          "remain",
          "remained",
          "happen",
          "happens",
          "happened",
          "change",
          "changed",
          "almost",
          "virtually",
          "practically",
          "literally",
          "seemingly",
          "an",
          "the",
          "a",
          "work",
          "worked",
          "camp",
          "camped",
          "detained",
          "sleep",
          "slept");

  /** "did not happen overnight": a negation close before token i, in the same clause. */
  private static boolean negated(Cursor c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (c.isAny(k, ",", ".", ";")) {
        return false;
      }
      if (c.isAny(k, "not", "t", "never", "no")) {
        return true;
      }
    }
    return false;
  }
}
