package io.wirestream.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.HtmlText;
import io.wirestream.ingest.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an IPTC ninjs object, 2.x or 3.x, to an item. ninjs 3 uses {@code headlines} and {@code
 * bodies} arrays (with roles and content types) and camelCase keys ({@code versionCreated}, {@code
 * by}); 2.x uses {@code headline}, {@code body_text}/{@code body_html} and {@code byline}. Keys are
 * matched without regard to case so both read the same.
 */
final class NinjsMapper {

  private NinjsMapper() {}

  static ParsedItem.Builder map(JsonNode object, ItemPosition position) {
    ParsedItem.Builder item = ParsedItem.builder(Format.NINJS, position);
    item.guid(JsonSupport.text(object, "uri"));
    item.language(JsonSupport.text(object, "language"));
    item.byline(JsonSupport.firstText(object, "byline", "by"));
    item.dateline(JsonSupport.text(object, "located"));
    item.headline(headline(object));
    item.body(body(object));
    item.url(link(object));
    // The text of this version was written against its version time, so relative dates in it
    // ("yesterday") resolve against that; firstcreated is kept as an attribute.
    OffsetDateTime version = Timestamps.parseWithOffset(JsonSupport.text(object, "versioncreated"));
    OffsetDateTime first = Timestamps.parseWithOffset(JsonSupport.text(object, "firstcreated"));
    item.published(version != null ? version : first, PublishedFrom.METADATA);
    item.attribute("firstcreated", first == null ? null : first.toInstant().toString());
    item.attribute("ninjs.version", ninjsVersion(object));
    item.attribute("version", JsonSupport.text(object, "version"));
    item.attribute("urgency", JsonSupport.text(object, "urgency"));
    item.attribute("pubstatus", JsonSupport.text(object, "pubstatus"));
    List<String> subjects = new ArrayList<>();
    for (String key : List.of("subject", "subjects")) {
      subjects.addAll(JsonSupport.names(JsonSupport.field(object, key), "name", "code", "uri"));
    }
    item.attribute("subjects", subjects);
    item.attribute(
        "keywords", JsonSupport.names(JsonSupport.field(object, "keywords"), "name", "value"));
    item.attribute("genre", JsonSupport.names(JsonSupport.field(object, "genre"), "name", "code"));
    return item;
  }

  private static String headline(JsonNode object) {
    String headline = JsonSupport.text(object, "headline");
    if (headline != null) {
      return headline;
    }
    return byRole(JsonSupport.field(object, "headlines"), "main");
  }

  /** ninjs 3 bodies: prefer plain text, then HTML converted to text; role "main" first. */
  private static String body(JsonNode object) {
    String text = JsonSupport.text(object, "body_text");
    if (text != null && !text.isBlank()) {
      return text;
    }
    String html = JsonSupport.text(object, "body_html");
    if (html != null && !html.isBlank()) {
      return HtmlText.fromHtml(html);
    }
    JsonNode bodies = JsonSupport.field(object, "bodies");
    if (bodies == null || !bodies.isArray()) {
      return "";
    }
    JsonNode plain = null;
    JsonNode markup = null;
    for (JsonNode candidate : bodies) {
      String type = JsonSupport.lower(JsonSupport.text(candidate, "contenttype"));
      boolean isHtml = type != null && type.contains("html");
      if (isHtml && markup == null) {
        markup = candidate;
      } else if (!isHtml && plain == null) {
        plain = candidate;
      }
    }
    if (plain != null && JsonSupport.text(plain, "value") != null) {
      return JsonSupport.text(plain, "value");
    }
    return markup == null ? "" : HtmlText.fromHtml(JsonSupport.text(markup, "value"));
  }

  private static String byRole(JsonNode array, String role) {
    if (array == null || !array.isArray()) {
      return null;
    }
    String first = null;
    for (JsonNode entry : array) {
      String value = entry.isTextual() ? entry.asText() : JsonSupport.text(entry, "value");
      if (value == null) {
        continue;
      }
      if (role.equalsIgnoreCase(JsonSupport.text(entry, "role"))) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first;
  }

  /** A web link: an http(s) uri, else a "links" entry with an http(s) href. */
  private static String link(JsonNode object) {
    String uri = JsonSupport.text(object, "uri");
    if (uri != null && uri.startsWith("http")) {
      return uri;
    }
    JsonNode links = JsonSupport.field(object, "links");
    if (links != null && links.isArray()) {
      for (JsonNode link : links) {
        String href = JsonSupport.text(link, "href");
        if (href != null && href.startsWith("http")) {
          return href;
        }
      }
    }
    return null;
  }

  private static String ninjsVersion(JsonNode object) {
    JsonNode standard = JsonSupport.field(object, "standard");
    String version = JsonSupport.text(standard, "version");
    if (version != null) {
      return version;
    }
    String schema = JsonSupport.text(object, "$schema");
    if (schema != null) {
      var m = java.util.regex.Pattern.compile("ninjs-schema_(\\d+(?:\\.\\d+)?)").matcher(schema);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (JsonSupport.field(object, "bodies") != null
        || JsonSupport.field(object, "headlines") != null) {
      return "3";
    }
    return JsonSupport.field(object, "body_text") != null
            || JsonSupport.field(object, "body_html") != null
        ? "2"
        : null;
  }
}
