package io.wirestream.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the schema.org article object in a page's JSON-LD blocks: any node whose {@code @type} is
 * an Article kind (NewsArticle, ReportageNewsArticle, BlogPosting, ...), inside arrays or
 * {@code @graph}. A block that is not valid JSON is skipped, as browsers and crawlers do.
 */
final class JsonLd {

  private final JsonSupport json;

  JsonLd(JsonSupport json) {
    this.json = json;
  }

  /** The most specific article node of the page (a NewsArticle beats a plain Article), or null. */
  JsonNode findArticle(Document page) {
    JsonNode best = null;
    int bestRank = 0;
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = json.mapper().readTree(script.data());
      } catch (JsonProcessingException e) {
        continue;
      }
      Deque<JsonNode> pending = new ArrayDeque<>();
      pending.add(root);
      while (!pending.isEmpty()) {
        JsonNode node = pending.poll();
        if (node == null) {
          continue;
        }
        if (node.isArray()) {
          node.forEach(pending::add);
          continue;
        }
        if (!node.isObject()) {
          continue;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          pending.add(graph);
        }
        int rank = rank(node.get("@type"));
        if (rank > bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private static int rank(JsonNode type) {
    int best = 0;
    for (String t : JsonSupport.names(type)) {
      String name = t.toLowerCase(Locale.ROOT);
      name = name.substring(name.lastIndexOf('/') + 1);
      int rank =
          name.endsWith("newsarticle")
              ? 3
              : name.equals("article") || name.endsWith("article") || name.equals("blogposting")
                  ? 2
                  : 0;
      best = Math.max(best, rank);
    }
    return best;
  }

  /** Keywords from a comma-separated string or an array. */
  static List<String> keywords(JsonNode article) {
    JsonNode node = JsonSupport.field(article, "keywords");
    List<String> out = new ArrayList<>();
    for (String value : JsonSupport.names(node, "name")) {
      out.addAll(Arrays.asList(value.split("\\s*,\\s*")));
    }
    return out;
  }
}
