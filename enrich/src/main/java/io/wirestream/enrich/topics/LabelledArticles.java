package io.wirestream.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled stories from JSON Lines: one object a line with {@code id}, {@code headline},
 * {@code body} and {@code topics}; a {@code category} (string or array of strings) is kept as the
 * section.
 */
public final class LabelledArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledArticles() {}

  public static List<LabelledArticle> read(Path file) throws IOException {
    List<LabelledArticle> items = new ArrayList<>();
    try (java.io.InputStream raw = Files.newInputStream(file);
        java.io.InputStream in =
            file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(
              file + ":" + lineNumber + ": not a JSON object: " + e.getMessage(), e);
        }
        items.add(parse(node, file + ":" + lineNumber));
      }
    }
    return items;
  }

  static LabelledArticle parse(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected a JSON object");
    }
    String id = node.path("id").asText(where);
    List<String> topics = new ArrayList<>();
    node.path("topics").forEach(t -> topics.add(t.asText()));
    JsonNode category = node.path("category");
    String section =
        category.isArray()
            ? (category.isEmpty() ? "" : category.get(0).asText())
            : category.asText("");
    return new LabelledArticle(
        id, node.path("headline").asText(""), node.path("body").asText(""), topics, section);
  }
}
