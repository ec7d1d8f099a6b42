package io.wirestream.enrich.dates;

/**
 * Reads a quantity at a token position: digits ("24", "2 1/2", "1.5", "1,000"), number words
 * ("twenty four", "twenty-four", "a hundred", "two thousand"), articles ("a year") and vague
 * quantities ("several", "a few", "a couple of").
 */
final class NumberWords {

  /**
   * @param value the quantity, NaN when vague ("several")
   * @param end token after the quantity
   * @param approximate the text hedges the quantity ("a couple of")
   */
  record Quantity(double value, int end, boolean approximate) {
    boolean vague() {
      return Double.isNaN(value);
    }
  }

  private NumberWords() {}

  /** A quantity at token i, or null. Articles count as one only when {@code allowArticle}. */
  static Quantity parse(Cursor c, int i, boolean allowArticle) {
    Token t = c.t(i);
    if (t == null) {
      return null;
    }
    if (t.isNumber()) {
      return digits(c, i);
    }
    String w = t.lower();
    if (w.equals("a") || w.equals("an")) {
      if (c.is(i + 1, "few")) {
        return new Quantity(Double.NaN, i + 2, false);
      }
      if (c.is(i + 1, "couple") && c.is(i + 2, "of")) {
        return new Quantity(2, i + 3, true);
      }
      if (c.isAny(i + 1, "hundred", "thousand", "dozen")) {
        return words(c, i + 1);
      }
      return allowArticle ? new Quantity(1, i + 1, false) : null;
    }
    if (w.equals("half") && c.isAny(i + 1, "a", "an")) {
      return new Quantity(0.5, i + 2, false);
    }
    Lexicon.NumberWord nw = c.lex.numbers.get(w);
    if (nw == null) {
      return null;
    }
    if (nw.kind().equals("vague")) {
      if (w.equals("couple")) {
        return null;
      }
      int end = c.is(i + 1, "of") ? i + 1 : i + 1;
      return new Quantity(Double.NaN, end, false);
    }
    return nw.cardinal() || nw.kind().equals("scale") ? words(c, i) : null;
  }

  private static Quantity digits(Cursor c, int i) {
    Token t = c.t(i);
    if (t.length() > 9) {
      return null;
    }
    double v = t.intValue();
    int end = i + 1;
    // 1,000 ; 1.5 ; 2 1/2
    while (c.is(end, ",") && c.adjacent(end) && c.digits(end + 1) == 3 && c.adjacent(end + 1)) {
      v = v * 1000 + c.num(end + 1);
      end += 2;
    }
    if (c.is(end, ".")
        && c.adjacent(end)
        && c.digits(end + 1) > 0
        && c.adjacent(end + 1)
        && c.digits(end + 1) < 4) {
      v += c.num(end + 1) / Math.pow(10, c.digits(end + 1));
      end += 2;
    } else if (c.digits(end) == 1
        && c.is(end + 1, "/")
        && c.adjacent(end + 1)
        && c.adjacent(end + 2)
        && c.digits(end + 2) == 1
        && c.num(end + 2) > c.num(end)) {
      v += (double) c.num(end) / c.num(end + 2);
      end += 3;
    }
    return new Quantity(v, end, false);
  }

  private static Quantity words(Cursor c, int i) {
    long total = 0;
    long current = 0;
    int end = i;
    boolean afterTens = false;
    boolean smallUsed = false;
    while (true) {
      Lexicon.NumberWord nw = c.lex.numbers.get(c.w(end));
      if (nw == null) {
        // "twenty-four": a hyphen between two number words
        if (c.is(end, "-") && afterTens && c.adjacent(end) && c.adjacent(end + 1)) {
          Lexicon.NumberWord next = c.lex.numbers.get(c.w(end + 1));
          if (next != null && next.cardinal() && next.value() < 10) {
            end++;
            continue;
          }
        }
        if (c.is(end, "and") && end > i && current % 100 == 0 && current > 0) {
          Lexicon.NumberWord next = c.lex.numbers.get(c.w(end + 1));
          if (next != null && next.cardinal() && next.value() < 100) {
            end++;
            smallUsed = false;
            afterTens = false;
            continue;
          }
        }
        break;
      }
      int v = nw.value();
      if (nw.kind().equals("scale")) {
        if (v == 100) {
          current = Math.max(current, 1) * 100;
        } else {
          total += Math.max(current, 1) * v;
          current = 0;
        }
        smallUsed = false;
        afterTens = false;
      } else if (nw.cardinal()) {
        if (afterTens && v < 10 && v > 0) {
          current += v;
          afterTens = false;
        } else if (!smallUsed) {
          current += v;
          smallUsed = true;
          afterTens = v >= 20 && v % 10 == 0 && v < 100;
        } else {
          break;
        }
      } else {
        break;
      }
      end++;
    }
    if (end == i) {
      return null;
    }
    return new Quantity(total + current, end, false);
  }
}
