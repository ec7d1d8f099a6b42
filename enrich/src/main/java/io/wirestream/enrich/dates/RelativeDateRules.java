package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Dates relative to the reference day or to the text's focus: "yesterday", "tomorrow night", "last
 * year", "this week", "next month", "last fall", "last April", "two weeks ago", "a year earlier",
 * "the day before", "the following year", "that month", weekdays resolved by tense ("said Friday",
 * "will meet on Monday", "Thursday night"), "the weekend".
 */
final class RelativeDateRules implements RuleFamily {

  /** Verbs after which "that" opens a clause rather than pointing to a time. */
  private static final Set<String> SAYING =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "noted",
          "warned",
          "believe",
          "believes",
          "think",
          "thinks",
          "know",
          "knows",
          "reported",
          "announced",
          "stated");

  private static final RuleFamily EXPLICIT = new ExplicitDateRules();
  private static final RuleFamily NAMED = new NamedDayRules();

  @Override
  public Candidate match(Cursor c, int i) {
    Candidate best = deictic(c, i);
    if (best == null) {
      best = shifted(c, i);
    }
    if (best == null) {
      best = offset(c, i);
    }
    if (best == null) {
      best = focusRelative(c, i);
    }
    return best;
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

  /** this/last/next/coming/past/previous + unit, month, season, weekday or part of day. */
  private Candidate shifted(Cursor c, int i) {
    int k = i;
    boolean the = c.is(k, "the");
    if (the) {
      k++;
    }
    String w = c.w(k);
    int shift;
    switch (w) {
      case "this", "current" -> shift = 0;
      case "last", "past", "previous", "preceding" -> shift = -1;
      case "next", "coming", "following" -> shift = 1;
      default -> {
        return null;
      }
    }
    if (the && w.equals("this")) {
      return null;
    }
    int j = k + 1;
    // "this past spring", "this coming Sunday"
    if (w.equals("this") && c.isAny(j, "past", "coming")) {
      shift = c.is(j, "past") ? -1 : 1;
      j++;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(j));
    if (unit != null && !unit.plural()) {
      // "the next day", "the previous year" depend on the focus, not the reference day
      if (the
          && (w.equals("previous")
              || w.equals("next")
              || w.equals("following")
              || w.equals("preceding"))) {
        return focusShift(c, i, j + 1, unit.unit(), shift);
      }
      if (the && (w.equals("current") || w.equals("coming")) && unit.unit() != Unit.YEAR) {
        return null;
      }
      // "over the past decade": the ten years up to now, not the calendar decade before this one
      if (the
          && (unit.unit() == Unit.DECADE || unit.unit() == Unit.CENTURY)
          && (w.equals("past")
              || w.equals("last") && c.isAny(i - 1, "over", "throughout", "for", "within"))) {
        return Candidate.of(i, j + 1, TimexType.DURATION, DurationRules.format(1, unit.unit()));
      }
      return unitShift(c, i, j + 1, unit.unit(), shift, w);
    }
    if (the
        && (w.equals("previous") || w.equals("following") || w.equals("next"))
        && CalendarWords.weekday(c, j, false) > 0
        && c.focus().granularity() == Granularity.DAY) {
      // "the previous Friday": the one before the day the text is talking about
      DayOfWeek dow = DayOfWeek.of(CalendarWords.weekday(c, j, false));
      LocalDate f = c.focus().start();
      LocalDate day =
          shift < 0 ? f.with(TemporalAdjusters.previous(dow)) : f.with(TemporalAdjusters.next(dow));
      return Candidate.of(i, CalendarWords.afterWeekday(c, j), CalendarValue.day(day)).relative();
    }
    if (the) {
      return null;
    }
    if (w.equals("last") && c.is(j, "night")) {
      return Candidate.of(
          i, j + 1, CalendarValue.dayPart(c.today.minusDays(1), c.lex.dayParts.get("night")));
    }
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(j));
    if (part != null && !part.plural() && shift == 0) {
      return Candidate.of(i, j + 1, CalendarValue.dayPart(c.today, part));
    }
    int m = CalendarWords.month(c, j, false);
    if (m > 0 && !w.equals("past") && !w.equals("previous") && !w.equals("current")) {
      int y = c.today.getYear();
      int now = c.today.getMonthValue();
      if (shift < 0 && m >= now) {
        y--;
      } else if (shift > 0 && m <= now) {
        y++;
      }
      int e = ExplicitDateRules.abbreviated(c, j) ? c.skipDot(j + 1) : j + 1;
      return Candidate.of(i, e, CalendarValue.month(y, m));
    }
    int d = CalendarWords.weekday(c, j, false);
    if (d > 0 && !w.equals("past") && !w.equals("current")) {
      int e = CalendarWords.afterWeekday(c, j);
      DayOfWeek dow = DayOfWeek.of(d);
      LocalDate day;
      if (shift < 0) {
        day = c.today.with(TemporalAdjusters.previous(dow));
      } else if (shift > 0 && !w.equals("this")) {
        day = c.today.with(TemporalAdjusters.next(dow));
      } else {
        day = c.today.with(TemporalAdjusters.nextOrSame(dow));
      }
      return withDayPart(c, i, e, day);
    }
    Lexicon.Season s = c.lex.seasons.get(c.w(j));
    if (s != null && !s.plural()) {
      return Candidate.of(i, j + 1, NamedDayRules.seasonShift(c.today, s, shift));
    }
    return null;
  }

  private Candidate unitShift(Cursor c, int begin, int end, Unit unit, int shift, String word) {
    LocalDate t = c.today;
    CalendarValue v =
        switch (unit) {
          case YEAR -> CalendarValue.year(t.getYear() + shift);
          case QUARTER -> CalendarValue.quarterOf(t).plus(Unit.QUARTER, shift);
          case MONTH -> CalendarValue.month(t.getYear(), t.getMonthValue()).plus(Unit.MONTH, shift);
          case WEEK -> CalendarValue.week(t).plus(Unit.WEEK, shift);
          case WEEKEND -> CalendarValue.weekend(t).plus(Unit.WEEK, shift);
          case DECADE -> CalendarValue.decade(t.getYear() / 10 + shift);
          case CENTURY -> CalendarValue.century(t.getYear() / 100 + shift);
          case DAY -> shift == 0 ? CalendarValue.day(t) : null;
          default -> null;
        };
    if (v == null) {
      return null;
    }
    // "net was $5 million, compared with $3 million last year": in results reporting the figure
    // compared is the same quarter of last year, as with "a year ago"
    if (unit == Unit.YEAR
        && shift == -1
        && word.equals("last")
        && c.lastQuarter() != null
        && !c.is(end, "'")
        && comparedAmount(c, begin)) {
      return Candidate.of(begin, end, c.lastQuarter().plus(Unit.YEAR, -1)).relative();
    }
    return Candidate.of(begin, end, v);
  }

  /** An amount compared with ("compared with $3 million", "versus 40%") right before token i. */
  private static boolean comparedAmount(Cursor c, int i) {
    boolean amount = false;
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Token t = c.t(k);
      if (t.isNumber()) {
        amount = true;
      } else if (c.isAny(k, ".", ";", "?", "!")
          && !(c.digits(k - 1) > 0 && c.digits(k + 1) > 0)
          && !c.is(k - 1, "vs")) {
        return false;
      } else if (c.isAny(k, "compared", "versus", "vs")) {
        return amount;
      }
    }
    return false;
  }

  private Candidate focusShift(Cursor c, int begin, int end, Unit unit, int shift) {
    CalendarValue base = c.focus();
    Granularity g = unit.granularity;
    if (g == Granularity.MINUTE || g == Granularity.WEEKEND) {
      return null;
    }
    if (g.finerThan(base.granularity())) {
      // "that day" after "in 1987": the day is not known
      return null;
    }
    CalendarValue anchored = base.coarsen(g);
    return Candidate.of(begin, end, anchored.plus(unit, shift)).relative();
  }

  /** "two weeks ago", "a year earlier", "five years from now". */
  private Candidate offset(Cursor c, int i) {
    Candidate found = offsetCore(c, i);
    if (found != null && c.is(found.end() - 2, "so") && c.is(found.end() - 3, "or")) {
      return found.withMod("APPROX");
    }
    return found;
  }

  private Candidate offsetCore(Cursor c, int i) {
    NumberWords.Quantity q = NumberWords.parse(c, i, true);
    if (q == null) {
      return null;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(q.end()));
    if (unit == null || unit.unit() == Unit.WEEKEND) {
      return null;
    }
    int e = q.end() + 1;
    boolean approx = false;
    // "a week or so ago"
    if (c.is(e, "or") && c.is(e + 1, "so") && c.isAny(e + 2, "ago", "earlier", "later")) {
      approx = true;
      e += 2;
    }
    int sign;
    boolean fromFocus;
    if (c.is(e, "ago")) {
      sign = -1;
      fromFocus = false;
    } else if (c.is(e, "from") && c.is(e + 1, "now")) {
      sign = 1;
      fromFocus = false;
      e++;
    } else if (c.isAny(e, "earlier", "before")) {
      sign = -1;
      fromFocus = true;
    } else if (c.is(e, "later")) {
      // "three days later" measures the time since the event before it: TimeML takes the length
      // as the expression (a DURATION) and "later" as the signal linking it
      return null;
    } else if (c.isAny(e, "after", "hence")) {
      sign = 1;
      fromFocus = true;
    } else {
      return null;
    }
    // "before"/"after" followed by a noun phrase is a preposition, not an offset
    if (c.isAny(e, "before", "after")
        && c.t(e + 1) != null
        && c.t(e + 1).isWord()
        && !c.isAny(e + 1, "that", "this", "and", "but", "when")) {
      return null;
    }
    e++;
    if (q.vague() || q.value() != Math.rint(q.value())) {
      return Candidate.of(i, e, TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    int n = (int) q.value() * sign;
    Unit u = unit.unit();
    if (u.timePart) {
      return Candidate.of(i, e, TimexType.TIME, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    CalendarValue base = fromFocus ? c.focus() : CalendarValue.day(c.today);
    // Comparisons with "a year ago" in results reporting are about the same quarter.
    if (u == Unit.YEAR && n == -1 && c.lastQuarter() != null) {
      return Candidate.of(i, e, c.lastQuarter().plus(Unit.YEAR, n)).relative();
    }
    Granularity g = u.granularity;
    CalendarValue anchored =
        base.granularity().finerThan(g) || base.granularity() == g
            ? base.coarsen(g)
            : CalendarValue.day(c.today).coarsen(g);
    return Candidate.of(i, e, anchored.plus(u, n)).relative();
  }

  /**
   * A part of the day in focus or of a day next to it: "that evening", "the next morning", "the
   * following night", "the night before", "the morning after"; null when the focus is no day.
   */
  private static Candidate partOfFocusDay(Cursor c, int i) {
    if (c.focus().granularity() != Granularity.DAY) {
      return null;
    }
    int k = i;
    int shift = 0;
    if (c.is(i, "the") && c.isAny(i + 1, "next", "following")) {
      shift = 1;
      k = i + 2;
    } else if (c.is(i, "that") && !SAYING.contains(c.w(i - 1))) {
      // after "said" the word opens a clause ("said that night was long")
      k = i + 1;
    } else if (!c.is(i, "the")) {
      return null;
    } else {
      k = i + 1;
    }
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(k));
    if (part == null || part.plural() || c.isAny(k + 1, "of", "'", "-")) {
      return null;
    }
    int end = k + 1;
    if (c.is(i, "the") && k == i + 1) {
      // "the night before", "the morning after": the day is counted from the focus
      Token after = c.t(k + 2);
      if (!c.isAny(k + 1, "before", "after")
          || after != null && after.isWord() && !c.isAny(k + 2, "and", "but", "that")) {
        return null;
      }
      shift = c.is(k + 1, "before") ? -1 : 1;
      end = k + 2;
    }
    LocalDate day = c.focus().start().plusDays(shift);
    return Candidate.of(i, end, CalendarValue.dayPart(day, part)).relative();
  }

  /** "the day before", "the following year", "that day", "that year". */
  private Candidate focusRelative(Cursor c, int i) {
    // "on the same day", "that same week": the period the text is talking about
    if (c.isAny(i, "the", "that") && c.is(i + 1, "same")) {
      Lexicon.UnitWord unit = c.lex.units.get(c.w(i + 2));
      if (unit != null
          && !unit.plural()
          && unit.unit().granularity.ordinal() <= Granularity.DAY.ordinal()
          && unit.unit() != Unit.WEEKEND
          && !c.isAny(i + 3, "of", "'", "-")) {
        return focusShift(c, i, i + 3, unit.unit(), 0);
      }
      return null;
    }
    Candidate part = partOfFocusDay(c, i);
    if (part != null) {
      return part;
    }
    if (c.is(i, "that")) {
      Lexicon.UnitWord unit = c.lex.units.get(c.w(i + 1));
      if (unit != null
          && !unit.plural()
          && unit.unit().granularity.ordinal() <= Granularity.DAY.ordinal()
          && unit.unit() != Unit.WEEKEND
          && !c.isAny(i + 2, "of", "'")) {
        return focusShift(c, i, i + 2, unit.unit(), 0);
      }
      return null;
    }
    if (!c.is(i, "the")) {
      return null;
    }
    if (c.isAny(i + 1, "following", "preceding")) {
      Lexicon.UnitWord unit = c.lex.units.get(c.w(i + 2));
      if (unit != null && !unit.plural()) {
        return focusShift(c, i, i + 3, unit.unit(), c.is(i + 1, "following") ? 1 : -1);
      }
      return null;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(i + 1));
    // "the week before last", "the day before yesterday", "the day after tomorrow": anchored on
    // today
    if (unit != null && !unit.plural() && c.is(i + 2, "before") && c.is(i + 3, "last")) {
      return unitShift(c, i, i + 4, unit.unit(), -2, "last");
    }
    if (c.is(i + 1, "day")
        && (c.is(i + 2, "before") && c.is(i + 3, "yesterday")
            || c.is(i + 2, "after") && c.is(i + 3, "tomorrow"))) {
      return Candidate.of(
          i, i + 4, CalendarValue.day(c.today.plusDays(c.is(i + 2, "before") ? -2 : 2)));
    }
    if (unit != null
        && !unit.plural()
        && c.isAny(i + 2, "before", "after")
        && (c.t(i + 3) == null || !c.t(i + 3).isWord() || c.isAny(i + 3, "and", "but", "that"))) {
      return focusShift(c, i, i + 3, unit.unit(), c.is(i + 2, "before") ? -1 : 1);
    }
    // "the week ending March 7", "the week to Friday": the week that day falls in
    if (c.is(i + 1, "week") && c.isAny(i + 2, "ending", "ended", "to", "through", "beginning")) {
      Candidate day = EXPLICIT.match(c, i + 3);
      if (day == null) {
        day = NAMED.match(c, i + 3);
      }
      if (day != null && day.period() != null && day.period().granularity() == Granularity.DAY) {
        return Candidate.of(i, i + 2, CalendarValue.week(day.period().start()));
      }
    }
    // "the day", "the week": the day or week the text is talking about
    if (c.isAny(i + 1, "day", "week")
        && !c.isAny(i + 2, "of", "'", "-", "when", "that", "before", "after")) {
      Unit u = c.is(i + 1, "day") ? Unit.DAY : Unit.WEEK;
      return focusShift(c, i, i + 2, u, 0);
    }
    if (c.is(i + 1, "weekend")) {
      // On Monday to Wednesday "the weekend" is usually the one just past; later in the week only
      // a past-tense verb ("happened over the weekend") puts it before the coming one.
      int weekday = c.today.getDayOfWeek().getValue();
      boolean past =
          weekday <= 3
              ? TenseDetector.direction(c, i, i + 2) == Lexicon.Direction.PAST
              : weekday <= 5 && TenseDetector.cue(c, i, i + 2) == Lexicon.Direction.PAST;
      LocalDate anchor = past ? c.today.minusWeeks(1) : c.today;
      return Candidate.of(i, i + 2, CalendarValue.weekend(anchor));
    }
    return null;
  }
}
