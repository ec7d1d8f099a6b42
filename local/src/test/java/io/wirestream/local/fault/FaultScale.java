package io.wirestream.local.fault;

/**
 * How many articles a fault test pushes through. Small by default so the suite fits CI's two
 * cores in a few minutes; {@code -Dwirestream.fault.articles=100000} gives the full-size run.
 */
final class FaultScale {

  static final String ARTICLES_PROPERTY = "wirestream.fault.articles";

  private FaultScale() {}

  /** The configured article count, or {@code defaultCount}. */
  static int articles(int defaultCount) {
    return Integer.getInteger(ARTICLES_PROPERTY, defaultCount);
  }
}
