package io.wirestream.enrich.dates;

/** Writes lengths of time as ISO 8601 durations, the TIMEX3 value of a DURATION or SET. */
final class IsoDuration {

  private IsoDuration() {}

  /**
   * ISO 8601 duration; NaN gives the vague form (PXY, PTXH); fractions spill into the next unit.
   */
  static String format(double value, Unit unit) {
    StringBuilder sb = new StringBuilder("P");
    if (unit.timePart) {
      sb.append('T');
    }
    if (Double.isNaN(value)) {
      return sb.append('X').append(unit.letter).toString();
    }
    double scaled = value * unit.multiplier;
    long whole = (long) Math.floor(scaled);
    double fraction = scaled - whole;
    Unit smaller = unit.smaller();
    if (fraction > 1e-9 && smaller != null) {
      long part = Math.round(fraction * unit.smallerPerUnit());
      if (whole > 0) {
        sb.append(whole).append(unit.letter);
      }
      if (smaller.timePart && !unit.timePart) {
        sb.append('T');
      }
      return sb.append(part).append(smaller.letter).toString();
    }
    if (fraction > 1e-9) {
      return sb.append(trim(scaled)).append(unit.letter).toString();
    }
    return sb.append(whole).append(unit.letter).toString();
  }

  private static String trim(double v) {
    String s = Double.toString(v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
