package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * Periods read from the text's focus rather than the reference day: "the day before", "the
 * following year", "that month", "the same day", "that evening", "the night before", "the week
 * ending March 7", "the day", and, from the reference day, "the week before last", "the day after
 * tomorrow", "the weekend".
 */
final class FocusRelativeRules implements RuleFamily {

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

  /**
   * Words that open a clause after "the day" ("the day he died", "the day the war ended"): the day
   * of that event, which the text does not date.
   */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "the", "a", "his", "her", "their", "our");

  private static final RuleFamily EXPLICIT = new ExplicitDateRules();
  private static final RuleFamily NAMED = new NamedDayRules();

  @Override
  public Candidate match(Cursor c, int i) {
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
      return ShiftedPeriodRules.unitShift(c, i, i + 4, unit.unit(), -2, "last");
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
    // "Oct. 12, the day before the plunge": the day in apposition to the date just named
    if (c.is(i + 1, "day") && c.isAny(i + 2, "before", "after") && apposedToDay(c, i)) {
      return focusShift(c, i, i + 2, Unit.DAY, 0);
    }
    // "the day", "the week": the day or week the text is talking about
    if (c.isAny(i + 1, "day", "week")
        && !c.isAny(i + 2, "of", "'", "-", "when", "that", "before", "after")
        && !CLAUSE_OPENERS.contains(c.w(i + 2))) {
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

  /** Whether a comma and, before it, an expression naming one day stand right before token i. */
  private static boolean apposedToDay(Cursor c, int i) {
    CalendarValue before = c.is(i - 1, ",") ? c.endingBefore(i - 1) : null;
    return before != null && before.granularity() == Granularity.DAY;
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

  /**
   * The focus coarsened to the unit and moved by shift of them; null for minutes, weekends, or a
   * unit finer than the focus.
   */
  static Candidate focusShift(Cursor c, int begin, int end, Unit unit, int shift) {
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
}
