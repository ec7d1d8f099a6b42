package io.wirestream.ingest.format;

/** What {@link FormatSniffer} judged a document to be, from its content first. */
public enum DetectedFormat {
  /** Plain text: headline line, optional byline and dateline, paragraphs. */
  TEXT,
  /** An HTML page or fragment. */
  HTML,
  /** One IPTC ninjs object (2.x or 3.x). */
  NINJS,
  /** One article object in the shared JSON shape {@code {"id","headline","body","published"}}. */
  JSON,
  /** JSON Lines (one article object a line) or a JSON array of article objects. */
  JSON_LINES,
  /** An RSS feed (0.9x, 1.0 or 2.0). */
  RSS,
  /** An Atom 1.0 feed. */
  ATOM,
  /** A NewsML-G2 newsItem or newsMessage. */
  NEWSML_G2,
  /** XML of no supported vocabulary (or one hidden behind a DOCTYPE). */
  OTHER_XML
}
