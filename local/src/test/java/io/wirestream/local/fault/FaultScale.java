package io.wirestream.local.fault;

/**
 * How many articles a fault test pushes through. Small by default so the suite fits CI's two cores
 * in a few minutes; {@code -Dwirestream.fault.articles=100000} gives the full-size run.
 */
final class FaultScale {

  static final String ARTICLES_PROPERTY = "wirestream.fault.articles";

  private FaultScale() {}

  /** How long to wait for {@code articles} to get through: 3 minutes, more for full-size runs. */
  static java.time.Duration patience(int articles) {
    return java.time.Duration.ofMillis(Math.max(180_000L, articles * 10L));
  }

  /** The configured article count, or {@code defaultCount}. */
  static int articles(int defaultCount) {
    return Integer.getInteger(ARTICLES_PROPERTY, defaultCount);
  }
}
