package io.wirestream.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import java.util.List;

/** Reads a document holding one JSON article object: IPTC ninjs 2.x/3.x or the shared shape. */
public final class JsonObjectParser implements FormatParser {

  private final IngestLimits limits;
  private final JsonSupport json;

  public JsonObjectParser(IngestLimits limits) {
    this.limits = limits;
    this.json = new JsonSupport(limits);
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded)
      throws IngestException {
    JsonNode root;
    try {
      root = json.mapper().readTree(decoded.text());
    } catch (JsonProcessingException e) {
      throw new IngestException(
          Reason.MALFORMED,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "malformed JSON: " + JsonLinesParser.shortMessage(e),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IngestException(
          Reason.UNSUPPORTED_FORMAT,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "not a supported format: JSON that is not an article object");
    }
    ItemPosition position = ItemPosition.item(0);
    try {
      return List.of(
          ItemChecks.finish(JsonArticleMapper.map(root, position), document, position, limits));
    } catch (IllegalArgumentException e) {
      return List.of(ItemResult.failed(ItemChecks.invalid(document, position, e.getMessage())));
    }
  }
}
