package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.util.Set;

/**
 * Lengths and vague times named by a plural unit with no number: "recent years", "for months", "the
 * coming weeks", "the weeks ahead", "over the years", "years of war", "months ago", "hours
 * earlier". Read by {@link DurationRules} where no quantity follows its determiner and qualifier.
 */
final class BarePluralDurations {

  /** Words after which a bare plural unit is a duration ("for years", "in months"). */
  private static final Set<String> BARE_PLURAL_CONTEXT =
      Set.of(
          "for",
          "over",
          "in",
          "within",
          "after",
          "took",
          "take",
          "takes",
          "taking",
          "last",
          "lasts",
          "lasted",
          "lasting",
          "spent",
          "spend",
          "recent",
          "coming",
          "upcoming");

  /** Words allowed before a bare plural offset ("just days after the vote"). */
  private static final Set<String> OFFSET_HEDGES =
      Set.of(
          "just",
          "only",
          "mere",
          "barely",
          "scarcely",
          "and",
          "but",
          "then",
          "came",
          "come",
          "comes");

  /** Words before "years of ..." that make it something other than a stretch of time. */
  private static final Set<String> NOT_BEFORE_STRETCH =
      Set.of(
          "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "s", "'",
          "of", "many", "some", "all", "both", "two", "early", "later", "final", "last", "first");

  private BarePluralDurations() {}

  /**
   * The expression starting at i whose plural unit is at k (or after "recent", "coming",
   * "upcoming"), or null; determined when a determiner or qualifier came before k.
   */
  static Candidate match(Cursor c, int i, int k, boolean determined) {
    int u = k;
    boolean prefixed = c.isAny(u, "recent", "coming", "upcoming");
    if (prefixed) {
      u++;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(u));
    if (unit == null
        || !unit.plural()
        || unit.unit() == Unit.WEEKEND
        || unit.unit() == Unit.QUARTER && !prefixed) {
      return null;
    }
    String value = IsoDuration.format(Double.NaN, unit.unit());
    // "in recent years", "in past years" place an event vaguely in the past, as "in the past"
    // does (PAST_REF); "recent weeks" and "the past few years" still measure a stretch
    if (unit.unit() == Unit.YEAR && u == i + 1 && c.isAny(i, "recent", "past")) {
      return Candidate.of(i, u + 1, TimexType.DATE, "PAST_REF");
    }
    if (prefixed
        || determined
            && (c.is(u + 1, "ahead")
                || u > k
                || c.isAny(u - 1, "past", "last", "next", "coming", "upcoming", "recent"))) {
      int e = c.is(u + 1, "ahead") ? u + 2 : u + 1;
      return Candidate.of(i, e, TimexType.DURATION, value);
    }
    // "over the years", "through the decades": an unspecified stretch up to now
    if (determined
        && u == k
        && c.is(i, "the")
        && c.isAny(i - 1, "over", "through", "throughout")
        && c.digits(u + 1) == 0) {
      return Candidate.of(i, u + 1, TimexType.DURATION, value);
    }
    if (determined) {
      return null;
    }
    if (c.is(u + 1, "ago")) {
      return Candidate.of(i, u + 2, TimexType.DATE, "PAST_REF");
    }
    // "Hours earlier, ...": some time before the event in focus, as "several hours earlier" is;
    // "worked long hours before the vote" is no offset, so a word before the unit must be one
    // that hedges it
    Token before = c.t(u - 1);
    boolean offset =
        !c.isAny(u + 2, "than", "this", "that")
            && (before == null || !before.isWord() || OFFSET_HEDGES.contains(before.lower()));
    if (offset && c.is(u + 1, "earlier")) {
      return Candidate.of(
          i, u + 2, unit.unit().timePart ? TimexType.TIME : TimexType.DATE, "PAST_REF");
    }
    // "Minutes later", "just days after the vote": the length is the expression, the word after
    // it the signal, as with "three days later"
    if (offset && c.isAny(u + 1, "later", "after", "before")) {
      return Candidate.of(i, u + 1, TimexType.DURATION, value);
    }
    if (BARE_PLURAL_CONTEXT.contains(c.w(u - 1))) {
      return Candidate.of(i, u + 1, TimexType.DURATION, value);
    }
    // "ended years of war", "Months of talks failed": a stretch measured by what filled it; a
    // determiner or a possessive makes it a set of named periods ("the months of May and June")
    if (c.is(u + 1, "of")
        && c.t(u + 2) != null
        && c.t(u + 2).isWord()
        && !NOT_BEFORE_STRETCH.contains(c.w(u - 1))
        && c.digits(u - 1) == 0
        && !c.lex.numbers.containsKey(c.w(u - 1))
        && !c.lex.numbers.containsKey(c.w(u - 2))) {
      return Candidate.of(i, u + 1, TimexType.DURATION, value);
    }
    return null;
  }
}
