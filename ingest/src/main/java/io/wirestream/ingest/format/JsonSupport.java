package io.wirestream.ingest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ingest.IngestLimits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON reader every parser shares, bounded by {@link IngestLimits} (nesting depth, string
 * length), and small helpers for the loosely typed JSON found in the wild.
 */
final class JsonSupport {

  private final ObjectMapper mapper;

  JsonSupport(IngestLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
            .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.mapper = new ObjectMapper(factory);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** The field of an object whatever its case ("versionCreated" or "versioncreated"). */
  static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A scalar field as text, or null when absent, null or not a scalar. */
  static String text(JsonNode object, String name) {
    JsonNode node = field(object, name);
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /** The first of several fields present as text. */
  static String firstText(JsonNode object, String... names) {
    for (String name : names) {
      String value = text(object, name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /**
   * Names from a field that may be a string, an object with "name", or an array of either
   * ("author": "A", {"name": "A"}, [{"name": "A"}, "B"]).
   */
  static List<String> names(JsonNode node, String... keys) {
    List<String> out = new ArrayList<>();
    collectNames(node, keys, out);
    return out;
  }

  private static void collectNames(JsonNode node, String[] keys, List<String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> collectNames(element, keys, out));
    } else if (node.isValueNode()) {
      if (!node.asText().isBlank()) {
        out.add(node.asText().strip());
      }
    } else if (node.isObject()) {
      String value = firstText(node, keys);
      if (value != null) {
        out.add(value.strip());
      }
    }
  }

  static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
