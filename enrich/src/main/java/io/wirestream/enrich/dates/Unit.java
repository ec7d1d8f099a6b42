package io.wirestream.enrich.dates;

/** A unit of time as it appears in durations ("three weeks") and offsets ("two weeks ago"). */
enum Unit {
  CENTURY("Y", false, 100, Granularity.CENTURY),
  DECADE("Y", false, 10, Granularity.DECADE),
  YEAR("Y", false, 1, Granularity.YEAR),
  /** Written as months, as TimeBank does: "the next three quarters" is P9M. */
  QUARTER("M", false, 3, Granularity.QUARTER),
  MONTH("M", false, 1, Granularity.MONTH),
  FORTNIGHT("W", false, 2, Granularity.WEEK),
  WEEK("W", false, 1, Granularity.WEEK),
  WEEKEND("WE", false, 1, Granularity.WEEKEND),
  DAY("D", false, 1, Granularity.DAY),
  HOUR("H", true, 1, Granularity.MINUTE),
  MINUTE("M", true, 1, Granularity.MINUTE),
  SECOND("S", true, 1, Granularity.MINUTE);

  /** ISO 8601 duration letter. */
  final String letter;

  /** Whether the letter goes after the "T" of an ISO 8601 duration. */
  final boolean timePart;

  /** How many letters' worth one unit is (a decade is ten "Y"). */
  final int multiplier;

  /** The calendar granularity an offset in this unit lands on ("two weeks ago" is a week). */
  final Granularity granularity;

  Unit(String letter, boolean timePart, int multiplier, Granularity granularity) {
    this.letter = letter;
    this.timePart = timePart;
    this.multiplier = multiplier;
    this.granularity = granularity;
  }

  /**
   * The next smaller unit a fraction of this one is expressed in (2 1/2 years is P2Y6M), or null.
   */
  Unit smaller() {
    return switch (this) {
      case YEAR -> MONTH;
      case WEEK -> DAY;
      case DAY -> HOUR;
      case HOUR -> MINUTE;
      case MINUTE -> SECOND;
      default -> null;
    };
  }

  /** How many of {@link #smaller()} make one of this. */
  int smallerPerUnit() {
    return switch (this) {
      case YEAR -> 12;
      case WEEK -> 7;
      case DAY -> 24;
      case HOUR, MINUTE -> 60;
      default -> 0;
    };
  }
}
