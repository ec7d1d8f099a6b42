package io.wirestream.enrich.dates;

import java.time.LocalDate;

/**
 * Days named from the reference day: "today", "yesterday", "tomorrow", "tonight", "overnight",
 * optionally with a part of day ("yesterday morning").
 */
final class DeicticDayRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    return deictic(c, i);
  }

  /** today, yesterday, tomorrow, tonight, optionally with a part of day ("yesterday morning"). */
  static Candidate deictic(Cursor c, int i) {
    LocalDate day;
    switch (c.w(i)) {
      case "overnight" -> {
        return Overnight.match(c, i);
      }
      case "today" -> day = c.today;
      case "yesterday" -> day = c.today.minusDays(1);
      case "tomorrow" -> day = c.today.plusDays(1);
      case "tonight" -> {
        return Candidate.of(i, i + 1, CalendarValue.dayPart(c.today, c.lex.dayParts.get("night")));
      }
      default -> {
        return null;
      }
    }
    // "today's" and "Today" as the name of a programme are still the reference day
    return withDayPart(c, i, i + 1, day);
  }

  /** A day, or a part of it when a part-of-day word follows ("Thursday night"). */
  static Candidate withDayPart(Cursor c, int begin, int end, LocalDate day) {
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(end));
    if (part != null && !part.plural()) {
      return Candidate.of(begin, end + 1, CalendarValue.dayPart(day, part));
    }
    return Candidate.of(begin, end, CalendarValue.day(day));
  }
}
