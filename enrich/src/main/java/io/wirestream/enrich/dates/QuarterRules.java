package io.wirestream.enrich.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * Quarters and halves of business reporting: "the third quarter", "third-quarter", "the fiscal
 * first quarter", "the 1988 second quarter", "the third quarter of 1990", "the second half of next
 * year", "last year's quarter", "the year-ago quarter", "the latest quarter", "the 1988 period",
 * and the shorthand of {@link QuarterCodes}.
 */
final class QuarterRules implements RuleFamily {

  private static final Set<String> DETERMINERS =
      Set.of("the", "its", "their", "his", "her", "our", "a", "this");
  private static final Set<String> LATEST =
      Set.of(
          "latest",
          "current",
          "recent",
          "same",
          "comparable",
          "corresponding",
          "flat",
          "strong",
          "weak",
          "disappointing",
          "traditionally",
          "seasonally",
          "first");

  @Override
  public Candidate match(Cursor c, int i) {
    int k = i;
    int year = 0;
    boolean yearAgo = false;
    boolean determiner = false;
    if (c.isAny(k, "this", "last", "next")
        && c.is(k + 1, "year")
        && c.is(k + 2, "'")
        && c.is(k + 3, "s")) {
      year = c.today.getYear() + (c.is(k, "last") ? -1 : c.is(k, "next") ? 1 : 0);
      determiner = true;
      k += 4;
    } else if (DETERMINERS.contains(c.w(k))) {
      determiner = true;
      k++;
    }
    if (year == 0 && CalendarWords.year(c, k) > 0 && c.is(k + 1, "'") && c.is(k + 2, "s")) {
      year = CalendarWords.year(c, k);
      determiner = true;
      k += 3;
    }
    // qualifiers: 1988, year-ago, year-earlier, latest, fiscal
    boolean latest = false;
    for (int guard = 0; guard < 4; guard++) {
      if (CalendarWords.year(c, k) > 0 && determiner) {
        year = CalendarWords.year(c, k);
        k++;
      } else if (c.is(k, "year") && c.is(k + 1, "-") && c.isAny(k + 2, "ago", "earlier")) {
        yearAgo = true;
        k += 3;
      } else if (c.is(k, "fiscal") && !c.is(k + 1, "year")) {
        k += c.is(k + 1, "-") ? 2 : 1;
      } else if (determiner
          && LATEST.contains(c.w(k))
          && !c.is(k + 1, "-")
          && !(c.is(k, "first")
              && (ordinalQuarter(c, k) || c.is(k + 1, "two") && c.is(k + 2, "quarters")))) {
        latest = true;
        k++;
      } else {
        break;
      }
    }
    Candidate coded = QuarterCodes.match(c, i, k, determiner);
    if (coded != null) {
      return coded;
    }
    int[] end = new int[1];
    int ord = CalendarWords.ordinal(c, k, end);
    if (ord == 0) {
      ord = closingPart(c, k, end);
    }
    if (ord > 0) {
      int u = c.is(end[0], "-") && c.adjacent(end[0]) ? end[0] + 1 : end[0];
      boolean quarter = c.is(u, "quarter");
      boolean half = c.is(u, "half");
      if (!(quarter && ord <= 4 || half && ord <= 2)) {
        return null;
      }
      if (half && !determiner) {
        return null;
      }
      int e = u + 1;
      // "a third-quarter loss": the determiner belongs to the noun the adjective modifies;
      // the scan finds the adjective again from its own first token
      if (u > end[0]
          && DETERMINERS.contains(c.w(i))
          && year == 0
          && !yearAgo
          && c.t(e) != null
          && c.t(e).isWord()
          && !c.isAny(e, "of", "and", "or")
          && c.lex.units.get(c.w(e)) == null) {
        return null;
      }
      if (c.is(e, "of") || c.is(e, ",")) {
        int y = CalendarWords.year(c, e + 1);
        if (y > 0) {
          year = y;
          e += 2;
        } else if (c.is(e, "of")
            && c.isAny(e + 1, "the", "this", "last", "next")
            && c.is(e + 2, "year")
            && !c.isAny(e + 3, "'", "-")) {
          // "the second half of the year", "the first quarter of next year"
          year = c.today.getYear() + (c.is(e + 1, "last") ? -1 : c.is(e + 1, "next") ? 1 : 0);
          e += 3;
        }
      } else if (CalendarWords.year(c, e) > 0 && !c.lex.units.containsKey(c.w(e + 1))) {
        year = CalendarWords.year(c, e);
        e++;
      }
      boolean explicitYear = year != 0;
      // "the first half of the 20th century", "the last quarter of the 1990s": a part of a longer
      // period, not of a year
      if (!explicitYear && c.is(e, "of") && longerPeriodFollows(c, e + 1)) {
        return null;
      }
      if (!explicitYear) {
        year = c.today.getYear() - (yearAgo ? 1 : 0);
      }
      CalendarValue v = quarter ? CalendarValue.quarter(year, ord) : CalendarValue.half(year, ord);
      // A period still ahead of the reference, reported in the past tense, is last year's
      // ("fourth-quarter results were ..." written in January).
      if (!explicitYear
          && v.start().isAfter(c.today)
          && TenseDetector.direction(c, i, e) == Lexicon.Direction.PAST) {
        v = v.plus(Unit.YEAR, -1);
      }
      int[] shiftEnd = new int[1];
      if (yearBack(c, e, shiftEnd)) {
        return Candidate.of(i, shiftEnd[0], v.plus(Unit.YEAR, -1)).relative();
      }
      return Candidate.of(i, e, v);
    }
    // "the quarter", "the latest quarter", "the year-ago period", "the 1988 period"
    if (c.isAny(k, "quarter", "period")
        && determiner
        && !c.isAny(i, "a", "an")
        && !c.isAny(k + 1, "-", "century", "of")
        && (c.is(k, "quarter") || yearAgo || latest || year > 0)) {
      CalendarValue base =
          c.lastQuarter() != null
              ? c.lastQuarter()
              : CalendarValue.quarterOf(c.today).plus(Unit.QUARTER, -1);
      // "the quarter ended Sept. 30", "the quarter through June": the three months that month
      // closes,
      // unless the text already named the quarter (a fiscal "first quarter" may end in September)
      int closing = CalendarWords.month(c, k + 2, false);
      if (c.is(k, "quarter")
          && c.lastQuarter() == null
          && year == 0
          && !yearAgo
          && c.isAny(k + 1, "ended", "ending", "through", "to")
          && closing > 0) {
        int y = CalendarWords.year(c, c.skipDot(k + 3));
        if (y < 0) {
          y = MonthNameDateRules.inferYear(c, k + 2, k + 3, closing);
        }
        // the three months ending then mostly fall in the calendar quarter of the middle one
        // ("the quarter ended July 31" runs May to July: the second quarter)
        LocalDate middle = LocalDate.of(y, closing, 1).minusMonths(1);
        return Candidate.of(i, k + 1, CalendarValue.quarterOf(middle));
      }
      if (year > 0 && (c.lastQuarter() == null || monthsBefore(c, i))) {
        // "the 1988 period" with no quarter named, or after "the nine months": the year itself
        return Candidate.of(i, k + 1, CalendarValue.year(year)).relative();
      } else if (year > 0) {
        base = CalendarValue.quarter(year, base.start().getMonthValue() / 3 + 1);
      } else if (yearAgo) {
        base = base.plus(Unit.YEAR, -1);
      }
      if (c.is(i, "this") || c.is(i + 1, "current")) {
        base = CalendarValue.quarterOf(c.today);
      }
      int[] shiftEnd = new int[1];
      if (yearBack(c, k + 1, shiftEnd)) {
        return Candidate.of(i, shiftEnd[0], base.plus(Unit.YEAR, -1)).relative();
      }
      Candidate period = Candidate.of(i, k + 1, base);
      // only periods named outright ("the third quarter") anchor later comparisons
      return period.relative();
    }
    if (yearAgo && !determiner) {
      CalendarValue base =
          c.lastQuarter() != null
              ? c.lastQuarter().plus(Unit.YEAR, -1)
              : CalendarValue.year(c.today.getYear() - 1);
      return Candidate.of(i, k, base).relative();
    }
    return null;
  }

  /**
   * "the last half of 2024", "the final quarter of the year", "the latter half of this year": the
   * closing quarter or half of a year named after it (4 or 2, {@code end[0]} at the unit), or 0.
   * Without the year "the last quarter" is the one before the current, which the relative rules
   * find.
   */
  private static int closingPart(Cursor c, int k, int[] end) {
    if (!c.isAny(k, "last", "final", "latter", "back") || !c.isAny(k + 1, "quarter", "half")) {
      return 0;
    }
    boolean yearNamed =
        c.is(k + 2, "of")
            && (CalendarWords.year(c, k + 3) > 0
                || c.isAny(k + 3, "the", "this", "last", "next")
                    && c.is(k + 4, "year")
                    && !c.isAny(k + 5, "'", "-"));
    if (!yearNamed) {
      return 0;
    }
    end[0] = k + 1;
    return c.is(k + 1, "quarter") ? 4 : 2;
  }

  /**
   * Whether the sentence before token i speaks of a stretch longer than a quarter ("in the nine
   * months, net rose ... from the 1988 period"), which a following "period" then refers to.
   */
  private static boolean monthsBefore(Cursor c, int i) {
    for (int k = i - 1; k > 0 && k >= i - 30; k--) {
      if (c.isAny(k, ".", ";")) {
        return false;
      }
      if (c.is(k, "months")) {
        NumberWords.Quantity q = NumberWords.parse(c, k - 1, false);
        if (q != null && q.end() == k && q.value() > 3) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a decade or century is named within the next few tokens from k. */
  private static boolean longerPeriodFollows(Cursor c, int k) {
    for (int j = k; j < k + 4; j++) {
      if (c.isAny(j, "century", "decade")
          || c.digits(j) == 4 && c.is(j + 1, "s") && c.adjacent(j + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "... last year", "... a year ago", "... a year earlier" after a period moves it back a year.
   */
  private static boolean yearBack(Cursor c, int k, int[] end) {
    if (c.is(k, "last") && c.is(k + 1, "year") && !c.is(k + 2, "'")) {
      end[0] = k + 2;
      return true;
    }
    if (c.isAny(k, "a", "one")
        && c.is(k + 1, "year")
        && c.isAny(k + 2, "ago", "earlier", "before")) {
      end[0] = k + 3;
      return true;
    }
    return false;
  }

  private static boolean ordinalQuarter(Cursor c, int k) {
    return c.isAny(k + 1, "quarter", "half")
        || c.is(k + 1, "-") && c.isAny(k + 2, "quarter", "half");
  }
}
