package io.wirestream.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Named days of the year from holidays.tsv: fixed dates ("Christmas", "New Year's Day",
 * "Independence Day"), weekday rules ("Thanksgiving" is the fourth Thursday of November, "Memorial
 * Day" the last Monday of May) and days around Easter ("Good Friday"). The year is written after
 * the name ("Christmas 1997") or inferred by tense as for a bare month and day.
 */
final class HolidayRules implements RuleFamily {

  /** How a holiday's date is found in a given year. */
  record DateRule(int month, int day, int nth, int weekday, int offset, boolean easter) {

    /**
     * Parses "MM-DD", "NTH-WEEKDAY-MONTH" (nth -1 = last; weekday ISO 1-7), optionally followed by
     * "+N" days ("4-4-11+1" = the day after the fourth Thursday of November), or
     * "EASTER+N"/"EASTER-N".
     */
    static DateRule parse(String rule) {
      if (rule.startsWith("EASTER")) {
        return new DateRule(0, 0, 0, 0, Integer.parseInt(rule.substring(6).replace("+", "")), true);
      }
      int plus = rule.indexOf('+');
      int offset = plus < 0 ? 0 : Integer.parseInt(rule.substring(plus + 1));
      String[] p = (plus < 0 ? rule : rule.substring(0, plus)).split("(?<=\\d)-");
      if (p.length == 2) {
        return new DateRule(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0, 0, offset, false);
      }
      return new DateRule(
          Integer.parseInt(p[2]), 0, Integer.parseInt(p[0]), Integer.parseInt(p[1]), offset, false);
    }

    /** Month of the holiday (Easter's is taken as April for choosing the year). */
    int approximateMonth() {
      return easter ? 4 : month;
    }

    LocalDate in(int year) {
      if (easter) {
        return easterSunday(year).plusDays(offset);
      }
      if (nth == 0) {
        return LocalDate.of(year, month, day).plusDays(offset);
      }
      LocalDate first = LocalDate.of(year, month, 1);
      DayOfWeek dow = DayOfWeek.of(weekday);
      LocalDate named =
          nth < 0
              ? first.with(TemporalAdjusters.lastInMonth(dow))
              : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
      return named.plusDays(offset);
    }
  }

  @Override
  public Candidate match(Cursor c, int i) {
    Token first = c.t(i);
    if (!first.isWord() || !first.capitalized()) {
      return null;
    }
    PhraseTable.Hit<DateRule> hit = c.lex.holidays.match(c, i);
    if (hit == null) {
      return null;
    }
    int e = hit.end();
    // "Easter Island", "May Day Parade Committee": a name that goes on
    Token last = c.t(e - 1);
    if (!last.capitalized() || c.is(e, "island")) {
      return null;
    }
    DateRule rule = hit.value();
    int j = c.isAny(e, ",", "of") ? e + 1 : e;
    int y = CalendarWords.year(c, j);
    if (y > 0) {
      return Candidate.of(i, j + 1, CalendarValue.day(rule.in(y)));
    }
    y = MonthNameDateRules.inferYear(c, i, e, rule.approximateMonth());
    LocalDate day = rule.in(y);
    // a holiday in the reference month is settled by tense: "died on Easter Sunday" a few days
    // before it is last year's, "will reopen after Easter" a few days after it is next year's
    if (day.getYear() == c.today.getYear()
        && Math.abs(day.getMonthValue() - c.today.getMonthValue()) <= 1
        && !day.equals(c.today)) {
      Lexicon.Direction d = TenseDetector.cue(c, i, e);
      // "sold well ahead of Christmas" looks forward to it whatever the verb's tense
      boolean awaited =
          c.isAny(i - 1, "before", "ahead", "until", "till", "by", "for", "to")
              || c.is(i - 1, "of") && c.is(i - 2, "ahead");
      if (d == Lexicon.Direction.PAST && day.isAfter(c.today) && !awaited) {
        day = rule.in(y - 1);
      } else if (d == Lexicon.Direction.FUTURE && day.isBefore(c.today)) {
        day = rule.in(y + 1);
      }
    }
    return Candidate.of(i, e, CalendarValue.day(day));
  }

  /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
