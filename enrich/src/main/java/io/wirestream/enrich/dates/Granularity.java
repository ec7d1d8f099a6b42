package io.wirestream.enrich.dates;

/** How precise a calendar value is, coarsest first. */
enum Granularity {
  CENTURY,
  DECADE,
  YEAR,
  HALF,
  QUARTER,
  SEASON,
  MONTH,
  WEEK,
  WEEKEND,
  DAY,
  DAYPART,
  MINUTE;

  boolean finerThan(Granularity other) {
    return ordinal() > other.ordinal();
  }
}
