package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;

/**
 * Wraps the core rules with the TIMEX3 mod words around them: "early"/"late"/"mid-" (START, END,
 * MID), "the end of", "earlier this week", "about"/"around" (APPROX), "more than", "at least",
 * "nearly" on durations and on dates counted back ("nearly a decade ago"), and trailing "or so",
 * "or later"; and a part of day put before its day ("the morning of March 3").
 */
final class ModifierRules {

  interface Core {
    Candidate match(Cursor c, int i);
  }

  private final Core core;

  ModifierRules(Core core) {
    this.core = core;
  }

  Candidate match(Cursor c, int i) {
    Candidate plain = core.match(c, i);
    Candidate modified = prefixed(c, i);
    Candidate best = plain;
    if (modified != null && (best == null || modified.end() > best.end())) {
      best = modified;
    }
    Candidate part = dayPartOf(c, i);
    if (part != null && (best == null || part.end() > best.end())) {
      best = part;
    }
    return best == null ? null : suffixed(c, best);
  }

  /** "the morning of March 3", "the night of Feb. 28": a part of the day named after it. */
  private Candidate dayPartOf(Cursor c, int i) {
    if (!c.is(i, "the") || !c.is(i + 2, "of")) {
      return null;
    }
    Lexicon.DayPart part = c.lex.dayParts.get(c.w(i + 1));
    if (part == null || part.plural()) {
      return null;
    }
    Candidate day = core.match(c, i + 3);
    if (day == null
        || day.period() == null
        || day.period().granularity() != Granularity.DAY
        || day.type() != TimexType.DATE) {
      return null;
    }
    return new Candidate(
        i,
        day.end(),
        TimexType.TIME,
        CalendarValue.dayPart(day.period().start(), part).value(),
        day.mod(),
        CalendarValue.dayPart(day.period().start(), part),
        day.anchor());
  }

  private Candidate prefixed(Cursor c, int i) {
    PhraseTable.Hit<Lexicon.Modifier> hit = c.lex.modifiers.match(c, i);
    if (hit == null) {
      return null;
    }
    Lexicon.Modifier m = hit.value();
    int k = hit.end();
    // wire style "end-March", "start-2026": the hyphen joins both words
    if (c.is(k - 1, "-") && k - 1 > i && !(c.adjacent(k - 1) && c.adjacent(k))) {
      return null;
    }
    if (c.is(k, "-") && c.adjacent(k)) {
      k++;
    }
    Candidate inner = core.match(c, k);
    if (inner != null && agoAfterLength(c, m, inner)) {
      return new Candidate(
          i, inner.end(), inner.type(), inner.value(), agoMod(m.mod()), inner.period(), false);
    }
    if (inner == null || !m.appliesTo(inner.type())) {
      inner = currentUnit(c, k, m);
    }
    if (inner == null || inner.type() == TimexType.SET || !m.appliesTo(inner.type())) {
      return null;
    }
    // "about recent violence", "around current levels": a vague reference has no extent to
    // hedge or bound, so the word before it is a preposition
    if (inner.value().endsWith("_REF")) {
      return null;
    }
    // "over the past three months": "over" is a preposition before a determiner
    if (m.appliesTo().equals("DURATION") && c.isAny(k, "the", "these", "those")) {
      return null;
    }
    // "earlier"/"later" modify only expressions anchored on the reference ("earlier this year")
    if (c.isAny(i, "earlier", "later")
        && hit.end() == i + 1
        && !(c.isAny(k, "this", "today", "yesterday", "tomorrow", "tonight")
            || CalendarWords.weekday(c, k, false) > 0)) {
      return null;
    }
    String mod = inner.mod() != null && m.mod().equals("APPROX") ? inner.mod() : m.mod();
    return new Candidate(
        i, inner.end(), inner.type(), inner.value(), mod, inner.period(), inner.anchor());
  }

  /**
   * Whether a length modifier stands before a date counted back from now ("nearly a decade ago",
   * "more than two weeks ago", "some three years ago"): the words bound the point, not a length.
   */
  private static boolean agoAfterLength(Cursor c, Lexicon.Modifier m, Candidate inner) {
    return m.appliesTo().equals("DURATION")
        && inner.type() == TimexType.DATE
        && inner.period() != null
        && c.is(inner.end() - 1, "ago");
  }

  /**
   * The mod of a date counted back with a bounded length: more than N ago lies before the point,
   * less than N ago after it, and "nearly"/"some" only hedge it.
   */
  private static String agoMod(String lengthMod) {
    return switch (lengthMod) {
      case "MORE_THAN", "EQUAL_OR_MORE" -> "BEFORE";
      case "LESS_THAN", "EQUAL_OR_LESS" -> "AFTER";
      default -> "APPROX";
    };
  }

  /** "the end of the year", "earlier in the month": the current unit after a date modifier. */
  private Candidate currentUnit(Cursor c, int k, Lexicon.Modifier m) {
    if (!m.appliesTo().equals("DATE") || !c.is(k, "the")) {
      return null;
    }
    CalendarValue v =
        switch (c.w(k + 1)) {
          case "year" -> CalendarValue.year(c.today.getYear());
          case "month" -> CalendarValue.month(c.today.getYear(), c.today.getMonthValue());
          case "week" -> CalendarValue.week(c.today);
          case "day" -> CalendarValue.day(c.today);
          case "decade" -> CalendarValue.decade(c.today.getYear() / 10);
          case "century" -> CalendarValue.century(c.today.getYear() / 100);
          default -> null;
        };
    return v == null ? null : Candidate.of(k, k + 2, v);
  }

  private Candidate suffixed(Cursor c, Candidate cand) {
    PhraseTable.Hit<String> hit = c.lex.suffixModifiers.match(c, cand.end());
    if (hit == null) {
      return cand;
    }
    String mod = hit.value();
    if (mod.equals("EQUAL_OR_MORE") && cand.type() != TimexType.DURATION) {
      return cand;
    }
    return new Candidate(
        cand.begin(), hit.end(), cand.type(), cand.value(), mod, cand.period(), cand.anchor());
  }
}
