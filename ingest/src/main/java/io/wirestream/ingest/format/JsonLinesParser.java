package io.wirestream.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines (one article object a line, shared shape or ninjs) or a JSON array of such
 * objects. A line that is not valid JSON or not an article is a failed item carrying its line
 * number; the other lines are still read. Blank lines are skipped.
 */
public final class JsonLinesParser implements FormatParser {

  private final IngestLimits limits;
  private final JsonSupport json;

  public JsonLinesParser(IngestLimits limits) {
    this.limits = limits;
    this.json = new JsonSupport(limits);
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded)
      throws IngestException {
    String text = decoded.text().strip();
    if (text.startsWith("[")) {
      return parseArray(document, text);
    }
    List<ItemResult> results = new ArrayList<>();
    String[] lines = decoded.text().split("\r?\n", -1);
    int index = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      ItemPosition position = ItemPosition.line(index++, i + 1);
      results.add(parseObject(document, line, position));
    }
    if (results.isEmpty()) {
      throw new IngestException(
          Reason.EMPTY, document.location(), ItemPosition.WHOLE_DOCUMENT, "empty file");
    }
    return results;
  }

  private ItemResult parseObject(InputDocument document, String line, ItemPosition position) {
    JsonNode node;
    try {
      node = json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return ItemResult.failed(
          new IngestException(
              Reason.MALFORMED,
              document.location(),
              position,
              "malformed JSON: " + shortMessage(e),
              e));
    }
    return mapped(document, node, position);
  }

  private ItemResult mapped(InputDocument document, JsonNode node, ItemPosition position) {
    if (node == null || !node.isObject()) {
      return ItemResult.failed(ItemChecks.invalid(document, position, "not a JSON object"));
    }
    ItemResult result;
    try {
      result = ItemChecks.finish(JsonArticleMapper.map(node, position), document, position, limits);
    } catch (IllegalArgumentException e) {
      result = ItemResult.failed(ItemChecks.invalid(document, position, e.getMessage()));
    }
    // A line that fails but names itself is reported under its id ({"id": ..., "error": ...}).
    String id = JsonSupport.firstText(node, "id", "uri");
    if (result instanceof ItemResult.Failed failed && id != null) {
      return ItemResult.failed(failed.error().withItemId(id));
    }
    return result;
  }

  private List<ItemResult> parseArray(InputDocument document, String text) throws IngestException {
    JsonNode root;
    try {
      root = json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IngestException(
          Reason.MALFORMED,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "malformed JSON array: " + shortMessage(e),
          e);
    }
    if (root.isEmpty()) {
      throw new IngestException(
          Reason.EMPTY, document.location(), ItemPosition.WHOLE_DOCUMENT, "empty JSON array");
    }
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      results.add(mapped(document, root.get(i), ItemPosition.item(i)));
    }
    return results;
  }

  /** Jackson's message without the source excerpt it appends. */
  static String shortMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    var location = e.getLocation();
    return location == null ? message : message + " (column " + location.getColumnNr() + ")";
  }
}
