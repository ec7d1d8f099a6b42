package io.wirestream.enrich.dates;

import io.wirestream.avro.TimexType;

/**
 * Years named as reporting periods: fiscal years ("FY2024", "FY25", "fiscal 1998", "the current
 * fiscal year"), "the full year", "the rest of the year", "the year's end", and a bare "the year"
 * (the year in focus, or a length when a closing day follows: "the year ended Sept. 30").
 */
final class FiscalYearRules implements RuleFamily {

  @Override
  public Candidate match(Cursor c, int i) {
    // "FY2024", "FY 2024"
    if (c.t(i).text().equals("FY") && CalendarWords.year(c, i + 1) > 0) {
      return Candidate.of(i, i + 2, CalendarValue.year(CalendarWords.year(c, i + 1)));
    }
    // "FY25": the fiscal year named by its last two digits
    if (c.t(i).text().equals("FY")
        && c.digits(i + 1) == 2
        && c.adjacent(i + 1)
        && !(c.adjacent(i + 2) && c.isAny(i + 2, "/", "-", ".", ":"))) {
      return Candidate.of(
          i, i + 2, CalendarValue.year(CalendarWords.nearestCentury(c.num(i + 1), c.today)));
    }
    if (c.is(i, "fiscal")) {
      int k = c.is(i + 1, "-") ? i + 2 : i + 1;
      if (c.is(k, "year")) {
        k++;
      }
      int y = CalendarWords.year(c, k);
      if (y > 0) {
        return Candidate.of(i, k + 1, CalendarValue.year(y));
      }
      y = CalendarWords.shortYear(c, k);
      if (y > 0) {
        return Candidate.of(i, k + 2, CalendarValue.year(y));
      }
      return null;
    }
    int k = i;
    if (!c.isAny(k, "the", "this", "last", "next", "its", "their")) {
      return null;
    }
    int shift = c.is(k, "last") ? -1 : c.is(k, "next") ? 1 : 0;
    k++;
    if (c.isAny(k, "current", "latest", "new")) {
      k++;
    }
    if (c.is(k, "fiscal") && c.is(k + 1, "year") && !c.is(k + 2, "'")) {
      int y = CalendarWords.year(c, k + 2);
      if (y > 0) {
        return Candidate.of(i, k + 3, CalendarValue.year(y));
      }
      // a bare "the fiscal year" measures a length ("profit for the fiscal year"), like "the year"
      if (c.is(i, "the") && k == i + 1) {
        return Candidate.of(i, k + 2, TimexType.DURATION, "P1Y");
      }
      return Candidate.of(i, k + 2, CalendarValue.year(c.today.getYear() + shift));
    }
    // "the full year" is the reference year; a bare "the year" usually measures a length ("for the
    // year")
    if (c.is(i, "the")
        && c.isAny(i + 1, "full", "whole", "entire", "calendar")
        && c.is(i + 2, "year")
        && !c.isAny(i + 3, "'", "-")) {
      return Candidate.of(i, i + 3, CalendarValue.year(c.today.getYear()));
    }
    // "the first nine months of the year", "the rest of the year": the part of a named year, as
    // "the end of the year" is ("Player of the Year" is a title)
    if (c.is(i, "the")
        && c.is(i + 1, "year")
        && c.is(i - 1, "of")
        && !c.t(i + 1).capitalized()
        && !c.isAny(i + 2, "'", "-")
        && CalendarWords.year(c, i + 2) < 0) {
      return Candidate.of(i, i + 2, CalendarValue.year(c.today.getYear()));
    }
    if (c.is(i, "the")
        && c.is(i + 1, "year")
        && !c.isAny(i + 2, "'", "-", "before", "after", "earlier", "ago", "later", "of")
        && CalendarWords.year(c, i + 2) < 0
        && c.lex.numbers.get(c.w(i + 2)) == null) {
      // "the year ended Sept. 30" measures the twelve months up to that day; otherwise "the year"
      // is the one the text is talking about ("For the year, volume was flat")
      if (c.isAny(i + 2, "ended", "ending", "to", "through")) {
        return Candidate.of(i, i + 2, TimexType.DURATION, "P1Y");
      }
      // "Consort of the Year", "Word Of The Year": an award's title
      if (c.is(i - 1, "of") && c.t(i + 1).capitalized()) {
        return null;
      }
      return FocusRelativeRules.focusShift(c, i, i + 2, Unit.YEAR, 0);
    }
    // "the year's end"
    if (c.is(i, "the")
        && c.is(i + 1, "year")
        && c.is(i + 2, "'")
        && c.is(i + 3, "s")
        && c.is(i + 4, "end")) {
      return Candidate.of(i, i + 5, CalendarValue.year(c.today.getYear())).withMod("END");
    }
    return null;
  }
}
