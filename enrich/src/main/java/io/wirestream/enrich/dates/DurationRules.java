package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;
import java.util.Set;

/**
 * Lengths of time: "50 years" (P50Y), "the past three months" (P3M), "twenty four hours" (PT24H),
 * "a five-year plan", "8-month-old", "2 1/2 years" (P2Y6M), "a minute and a half", "several years"
 * (PXY), "the next few days", "two to three weeks"; "will one day" (FUTURE_REF); and, through
 * {@link BarePluralDurations}, "recent weeks", "for years", "over the years" and "in recent years"
 * (PAST_REF).
 */
final class DurationRules implements RuleFamily {

  /** Words between "the" and the quantity of a duration ("the past three months"). */
  private static final Set<String> QUALIFIERS =
      Set.of(
          "past",
          "last",
          "next",
          "first",
          "coming",
          "previous",
          "following",
          "final",
          "latest",
          "remaining",
          "initial",
          "preceding",
          "ensuing",
          "subsequent");

  /**
   * Adjectives allowed between the quantity and the unit ("20 more years", "eight trading days").
   */
  private static final Set<String> UNIT_ADJECTIVES =
      Set.of(
          "more",
          "additional",
          "straight",
          "consecutive",
          "trading",
          "business",
          "working",
          "full",
          "calendar",
          "long",
          "extra",
          "further",
          "whole",
          "entire");

  /** Amount words before "a year", "a month" that make it a rate. */
  private static final Set<String> RATE_WORDS =
      Set.of(
          "million",
          "billion",
          "trillion",
          "thousand",
          "percent",
          "%",
          "cents",
          "dollars",
          "pounds",
          "euros",
          "yen",
          "times",
          "barrels",
          "tons",
          "shares",
          // a speed: "15 miles an hour"
          "miles",
          "kilometers",
          "kilometres",
          "km",
          "knots");

  /** What a length of time can measure an amount of ("six months of pay", "a year of sales"). */
  private static final Set<String> AMOUNT_MEASURED =
      Set.of(
          "pay",
          "salary",
          "salaries",
          "wages",
          "severance",
          "rent",
          "income",
          "earnings",
          "revenue",
          "revenues",
          "sales",
          "output",
          "production",
          "imports",
          "exports",
          "spending",
          "supply",
          "supplies",
          "inventory",
          "inventories");

  /** Modal verbs; "will one day" means some time in the future, not a length of one day. */
  private static final Set<String> MODALS =
      Set.of("will", "ll", "would", "could", "can", "may", "might", "should", "must", "shall");

  /** Words before "last" that make it the verb ("could last two weeks", "expected to last"). */
  private static final Set<String> LAST_AS_VERB =
      Set.of(
          "will",
          "ll",
          "would",
          "could",
          "can",
          "may",
          "might",
          "should",
          "must",
          "shall",
          "to",
          "not",
          "t",
          "did",
          "does",
          "do",
          "cannot",
          "usually",
          "typically",
          "only",
          "normally");

  @Override
  public Candidate match(Cursor c, int i) {
    int k = i;
    boolean the = c.isAny(k, "the", "these", "those");
    if (the) {
      k++;
    }
    // "the year-earlier nine months"
    if (the && c.is(k, "year") && c.is(k + 1, "-") && c.isAny(k + 2, "earlier", "ago")) {
      k += 3;
    }
    // "the truce will last 72 hours": the verb, not "the last 72 hours"; the length alone is
    // the expression, found from its own first token
    if (!the && c.is(k, "last") && LAST_AS_VERB.contains(c.w(k - 1))) {
      return null;
    }
    boolean qualified = false;
    if (QUALIFIERS.contains(c.w(k)) && (the || !c.is(k, "first"))) {
      qualified = true;
      k++;
    }
    // "for a while" (an unspecified length), "a while ago"
    if (!the && c.is(k, "a") && c.is(k + 1, "while")) {
      if (c.is(k + 2, "ago")) {
        return Candidate.of(i, k + 3, TimexType.DATE, "PAST_REF");
      }
      return c.isAny(i - 1, "for", "in", "after", "took", "take", "takes")
          ? Candidate.of(i, k + 2, TimexType.DURATION, "PXX")
          : null;
    }
    NumberWords.Quantity q = NumberWords.parse(c, k, !the && !qualified);
    if (q == null) {
      return BarePluralDurations.match(c, i, k, the || qualified);
    }
    int j = q.end();
    // "two to three weeks", "12 to 18 months": one expression whose exact length is not given
    boolean range = false;
    if (c.isAny(j, "to", "or") && !q.vague()) {
      NumberWords.Quantity upper = NumberWords.parse(c, j + 1, false);
      if (upper != null
          && !upper.vague()
          && upper.value() > q.value()
          && c.lex.units.containsKey(c.w(upper.end()))) {
        range = true;
        j = upper.end();
      }
    }
    boolean hyphen = false;
    if (c.is(j, "-") && c.adjacent(j) && c.adjacent(j + 1)) {
      hyphen = true;
      j++;
    }
    while (UNIT_ADJECTIVES.contains(c.w(j)) && !hyphen) {
      j++;
    }
    Lexicon.UnitWord unit = c.lex.units.get(c.w(j));
    if (unit == null || unit.unit() == Unit.WEEKEND) {
      return null;
    }
    // "Islam will one day be ...": after a modal, "one day" is some time in the future
    if (c.is(i, "one")
        && j == i + 1
        && unit.unit() == Unit.DAY
        && !unit.plural()
        && MODALS.contains(c.w(i - 1))) {
      return Candidate.of(i, j + 1, TimexType.DATE, "FUTURE_REF");
    }
    boolean article = c.isAny(k, "a", "an");
    // "$2 million a year", "10% a month": a rate, an amount per unit, not a length of time
    if ((article || c.is(k, "per"))
        && k == i
        && (c.digits(i - 1) > 0 || RATE_WORDS.contains(c.w(i - 1)))) {
      return null;
    }
    if (article && (unit.unit() == Unit.SECOND || unit.unit() == Unit.QUARTER)) {
      return null;
    }
    // "three-quarters of the vote" is a fraction; quarters as a length need "the past three
    // quarters"
    if (unit.unit() == Unit.QUARTER && (!the && !qualified || hyphen)) {
      return null;
    }
    int e = j + 1;
    // "six months of base pay", "two months of imports": time as the measure of an amount
    if (c.is(e, "of")
        && (AMOUNT_MEASURED.contains(c.w(e + 1)) || AMOUNT_MEASURED.contains(c.w(e + 2)))) {
      return null;
    }
    // "a year-earlier quarter": the unit belongs to a compound adjective
    if (c.is(e, "-") && c.adjacent(e) && !c.is(e + 1, "old")) {
      return null;
    }
    double value = q.value();
    if (c.is(e, "-") && c.is(e + 1, "old") && c.adjacent(e)) {
      e += 2;
    } else if (c.is(e, "old") && !hyphen) {
      // "52 years old" states an age, which TimeML leaves unannotated
      return null;
    } else if (c.is(e, "and") && c.isAny(e + 1, "a", "one") && c.is(e + 2, "half")) {
      value += 0.5;
      e += 3;
    }
    // "the eight-year contract": a compound adjective; the determiner belongs to the noun, and
    // the scan finds the adjective again from its own first token
    if (hyphen && the && !qualified) {
      return null;
    }
    // a range "two to three weeks" keeps its lower bound as the value, marked as a lower bound
    Candidate d =
        new Candidate(
            i,
            e,
            TimexType.DURATION,
            IsoDuration.format(value, unit.unit()),
            range ? "EQUAL_OR_MORE" : null,
            null);
    return q.approximate() ? d.withMod("APPROX") : d;
  }
}
