package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import java.util.List;

/**
 * Reads one wire format. A failure of the whole document (malformed XML, an unsafe DOCTYPE, no
 * content) is thrown; a failure of one item of a multi-item document is returned in its place.
 * Implementations are stateless and thread-safe.
 */
public interface FormatParser {

  /**
   * Parses a decoded document.
   *
   * @param document the document, for its location and hints
   * @param text the document decoded to text (see {@link TextDecoder})
   * @return one result per item, in document order; never empty
   * @throws IngestException when the document as a whole cannot be read
   */
  List<ItemResult> parse(InputDocument document, DecodedText text) throws IngestException;
}
