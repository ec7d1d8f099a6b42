package io.wirestream.local.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.enrich.StatedDate;
import io.wirestream.ingest.identity.ArticleIdentity;
import io.wirestream.ingest.time.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One line of a bulk-evaluation JSON Lines file as a RawArticle: {@code body} and optionally {@code
 * id}, {@code headline}, {@code published} (ISO date or date-time). Text is kept verbatim so
 * offsets in the output refer to the text as given; other fields are ignored. The received time is
 * the publication time, so the result does not depend on when it runs. A line without a publication
 * time takes the default given, or else the first full date the story states ({@link StatedDate}),
 * or else 1970-01-01.
 */
public final class JsonLinesArticles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleIdentity identity = ArticleIdentity.defaults();
  private final OffsetDateTime defaultPublished;
  private final String sourceName;

  /**
   * @param defaultPublished publication time of lines without one ({@code --published}); null to
   *     take it from the story
   * @param sourceName the file the lines come from
   */
  public JsonLinesArticles(OffsetDateTime defaultPublished, String sourceName) {
    this.defaultPublished = defaultPublished;
    this.sourceName = sourceName;
  }

  /**
   * The article of a line; throws IllegalArgumentException with a readable reason when it cannot be
   * one.
   */
  public RawArticle article(String line, long lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("line " + lineNumber + " is not a JSON object");
    }
    JsonNode body = node.get("body");
    if (body == null || !body.isTextual()) {
      throw new IllegalArgumentException("line " + lineNumber + " has no \"body\" string");
    }
    String headline = node.hasNonNull("headline") ? node.get("headline").asText() : null;
    String id =
        node.hasNonNull("id")
            ? node.get("id").asText()
            : identity.id(null, null, sourceName, headline, body.asText());
    OffsetDateTime stated = defaultPublished;
    PublishedFrom from = PublishedFrom.RECEIVED;
    if (node.hasNonNull("published")) {
      stated = Timestamps.parseWithOffset(node.get("published").asText());
      if (stated == null) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ": \"published\" is not an ISO-8601 date or date-time");
      }
      from = PublishedFrom.METADATA;
    }
    Instant published =
        stated != null ? stated.toInstant() : StatedDate.referenceFor(headline, body.asText());
    Integer offset = stated == null ? null : stated.getOffset().getTotalSeconds();
    return RawArticle.newBuilder()
        .setId(id)
        .setSource(
            Source.newBuilder()
                .setName(sourceName)
                .setKind(SourceKind.FILE)
                .setUri(sourceName)
                .build())
        .setFormat(Format.JSON)
        .setHeadline(headline)
        .setBody(body.asText())
        .setPublished(published)
        .setPublishedFrom(from)
        .setPublishedOffset(offset)
        .setReceived(published)
        .setContentHash(identity.contentHash(headline, body.asText()))
        .build();
  }

  /** The id of a line for its error output, when the line is JSON enough to have one. */
  public static String idOf(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
