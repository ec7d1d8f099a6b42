package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import java.util.Objects;

/**
 * The outcome for one item of a document: the parsed item, or why it could not be read. A
 * multi-item document (feed, JSON Lines) yields one result per item so that one bad item never
 * hides the others.
 */
public sealed interface ItemResult {

  static ItemResult ok(ParsedItem item) {
    return new Parsed(item);
  }

  static ItemResult failed(IngestException error) {
    return new Failed(error);
  }

  /** An item that was read. */
  record Parsed(ParsedItem item) implements ItemResult {
    public Parsed {
      Objects.requireNonNull(item, "item");
    }
  }

  /** An item that could not be read, with the reason and its position. */
  record Failed(IngestException error) implements ItemResult {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
