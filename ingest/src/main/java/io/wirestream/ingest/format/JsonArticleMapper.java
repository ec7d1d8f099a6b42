package io.wirestream.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * Maps one JSON object to an item: IPTC ninjs (see {@link NinjsMapper}) or the shared article shape
 * {@code {"id", "headline", "body", "published"}} that JSON Lines files use; other fields of the
 * shared shape are ignored.
 */
final class JsonArticleMapper {

  private static final Set<String> NINJS_KEYS =
      Set.of(
          "uri",
          "bodies",
          "body_text",
          "body_html",
          "headlines",
          "versioncreated",
          "firstcreated",
          "pubstatus",
          "$schema",
          "standard");

  private JsonArticleMapper() {}

  /** Whether an object is ninjs: it has ninjs keys and no shared-format "body". */
  static boolean isNinjs(JsonNode object) {
    if (JsonSupport.field(object, "body") != null) {
      return false;
    }
    var names = object.fieldNames();
    while (names.hasNext()) {
      if (NINJS_KEYS.contains(names.next().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Maps an object; returns the builder so the caller applies the common checks.
   *
   * @throws IllegalArgumentException with a user-facing reason when the object has no text
   */
  static ParsedItem.Builder map(JsonNode object, ItemPosition position) {
    return isNinjs(object) ? NinjsMapper.map(object, position) : shared(object, position);
  }

  private static ParsedItem.Builder shared(JsonNode object, ItemPosition position) {
    JsonNode body = JsonSupport.field(object, "body");
    if (body == null || !body.isTextual()) {
      throw new IllegalArgumentException(
          "article object has no \"body\" string (expected {\"id\", \"headline\", \"body\","
              + " \"published\"} or ninjs)");
    }
    ParsedItem.Builder item = ParsedItem.builder(Format.JSON, position);
    item.guid(JsonSupport.text(object, "id"));
    item.headline(JsonSupport.text(object, "headline"));
    item.url(JsonSupport.text(object, "url"));
    item.byline(JsonSupport.text(object, "byline"));
    item.dateline(JsonSupport.text(object, "dateline"));
    item.language(JsonSupport.text(object, "language"));
    item.body(body.asText());
    String published = JsonSupport.text(object, "published");
    if (published != null) {
      OffsetDateTime time = Timestamps.parseWithOffset(published);
      if (time == null) {
        throw new IllegalArgumentException(
            "\"published\" is not an ISO-8601 date or date-time: " + published);
      }
      item.published(time, PublishedFrom.METADATA);
    }
    return item;
  }
}
