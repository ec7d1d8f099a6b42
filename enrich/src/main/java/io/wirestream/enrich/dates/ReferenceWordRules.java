package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;

/**
 * Words that point at the present, the past or the future as a whole (TIMEX3 PRESENT_REF, PAST_REF,
 * FUTURE_REF): "now", "currently", "recently", "the past", "in the future", "soon", "these days".
 */
final class ReferenceWordRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    PhraseTable.Hit<String> hit = c.lex.references.match(c, i);
    if (hit == null) {
      return null;
    }
    int end = hit.end();
    // "as soon as he arrives" is a conjunction; "as soon as possible" is its own phrase
    if (c.is(i, "soon") && c.is(i - 1, "as")) {
      return null;
    }
    // "soon after the attack" places an event relative to another, not to the present
    if (c.is(i, "soon")
        && c.isAny(i + 1, "after", "before", "afterward", "afterwards", "thereafter")) {
      return null;
    }
    // a sentence-opening "Now," is a discourse marker
    if (c.is(i, "now")
        && c.is(i + 1, ",")
        && (i == 0 || c.isAny(i - 1, ".", "\"", "!", "?", ":", ";"))) {
      return null;
    }
    // "future growth", "future plans": an adjective of planned things, not a time of its own
    if (c.is(i, "future")
        && end == i + 1
        && c.t(i + 1) != null
        && c.t(i + 1).isWord()
        && !c.isAny(i + 1, "and", "or", "but")) {
      return null;
    }
    // "the then-current price" looks back from a past time; "and then current prices fell" does not
    if (c.is(i, "then") && !c.isAny(i - 1, "the", "a", "its", "their", "his", "her")) {
      return null;
    }
    // "for the foreseeable future" means indefinitely: it places nothing in the future
    if (c.is(i, "future") && c.is(i - 1, "foreseeable")) {
      return null;
    }
    // "an electric current"
    if (c.is(i, "current")
        && end == i + 1
        && c.isAny(i - 1, "electric", "alternating", "direct", "ocean")) {
      return null;
    }
    // "the past three summers": the determiner phrase belongs to a longer expression
    if (c.isAny(end - 1, "past", "future")
        && c.t(end) != null
        && (c.t(end).isNumber()
            || c.lex.numbers.containsKey(c.w(end))
            || c.lex.units.containsKey(c.w(end)))) {
      return null;
    }
    // "now" in "now that", "just now" is still the present; "by now" too
    return Candidate.of(i, end, TimexType.DATE, hit.value());
  }
}
