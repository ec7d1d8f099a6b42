package io.wirestream.ingest.format;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.ItemPosition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a parser found in one item of a document, before cleaning and identity. Every field but
 * {@code format}, {@code position} and {@code body} may be null when the source did not say.
 *
 * @param format the wire format the item was read from
 * @param position where the item sits in its document
 * @param guid the source's own identifier (ninjs uri, NewsML-G2 guid, RSS guid, Atom id, JSON id)
 * @param url the story's web address (canonical link, og:url, item link)
 * @param headline the headline as found (entities may remain; the cleaner decodes them)
 * @param byline the byline as found
 * @param dateline the dateline as written, e.g. "LONDON, April 17 (Reuters) -"
 * @param body the story text as extracted: plain text, paragraphs separated by blank lines, not yet
 *     cleaned of boilerplate
 * @param language the language the source declared (any BCP 47 form, e.g. "en_US")
 * @param published the publication time the source declared
 * @param publishedFrom where {@code published} came from (FEED or METADATA), null with it
 * @param publishedOffset the UTC offset {@code published} was written in, null when the source gave
 *     none (or its parser does not keep it)
 * @param attributes free attributes (categories, keywords, subjects, ingest flags); multi-valued
 *     ones are joined with {@link #LIST_SEPARATOR}
 */
public record ParsedItem(
    Format format,
    ItemPosition position,
    String guid,
    String url,
    String headline,
    String byline,
    String dateline,
    String body,
    String language,
    Instant published,
    PublishedFrom publishedFrom,
    ZoneOffset publishedOffset,
    Map<String, String> attributes) {

  /** Separator of values in a multi-valued attribute, e.g. "Politics|Europe". */
  public static final String LIST_SEPARATOR = "|";

  /** Attribute set to "true" when the document had bytes invalid in its charset. */
  public static final String INVALID_UTF8_ATTRIBUTE = "ingest.invalidUtf8";

  /** Attribute holding the charset the document was decoded with, when it was not UTF-8. */
  public static final String CHARSET_ATTRIBUTE = "ingest.charset";

  public ParsedItem {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(position, "position");
    body = body == null ? "" : body;
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public static Builder builder(Format format, ItemPosition position) {
    return new Builder(format, position);
  }

  /** A copy with more attributes added (existing keys are kept). */
  public ParsedItem withAttributes(Map<String, String> extra) {
    Map<String, String> merged = new LinkedHashMap<>(attributes);
    extra.forEach(merged::putIfAbsent);
    return new ParsedItem(
        format,
        position,
        guid,
        url,
        headline,
        byline,
        dateline,
        body,
        language,
        published,
        publishedFrom,
        publishedOffset,
        merged);
  }

  /** Collects an item's fields; blank strings are stored as null. Not thread-safe. */
  public static final class Builder {
    private Format format;
    private final ItemPosition position;
    private String guid;
    private String url;
    private String headline;
    private String byline;
    private String dateline;
    private String body = "";
    private String language;
    private Instant published;
    private PublishedFrom publishedFrom;
    private ZoneOffset publishedOffset;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(Format format, ItemPosition position) {
      this.format = format;
      this.position = position;
    }

    public Builder format(Format value) {
      this.format = value;
      return this;
    }

    public Builder guid(String value) {
      this.guid = blankToNull(value);
      return this;
    }

    public Builder url(String value) {
      this.url = blankToNull(value);
      return this;
    }

    public Builder headline(String value) {
      this.headline = blankToNull(value);
      return this;
    }

    public Builder byline(String value) {
      this.byline = blankToNull(value);
      return this;
    }

    public Builder dateline(String value) {
      this.dateline = blankToNull(value);
      return this;
    }

    public Builder body(String value) {
      this.body = value == null ? "" : value;
      return this;
    }

    public Builder language(String value) {
      this.language = blankToNull(value);
      return this;
    }

    /** A publication time whose offset the source did not give (or its parser does not keep). */
    public Builder published(Instant value, PublishedFrom from) {
      this.published = value;
      this.publishedFrom = value == null ? null : from;
      this.publishedOffset = null;
      return this;
    }

    /** A publication time with the offset it was written in. */
    public Builder published(OffsetDateTime value, PublishedFrom from) {
      published(value == null ? null : value.toInstant(), from);
      this.publishedOffset = value == null ? null : value.getOffset();
      return this;
    }

    /** Sets an attribute unless the value is blank. */
    public Builder attribute(String key, String value) {
      String v = blankToNull(value);
      if (v != null) {
        attributes.put(key, v);
      }
      return this;
    }

    /** Sets a multi-valued attribute from distinct non-blank values, joined by "|". */
    public Builder attribute(String key, Iterable<String> values) {
      java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
      for (String v : values) {
        String t = blankToNull(v);
        if (t != null) {
          distinct.add(t.replace(LIST_SEPARATOR, "/"));
        }
      }
      if (!distinct.isEmpty()) {
        attributes.put(key, String.join(LIST_SEPARATOR, distinct));
      }
      return this;
    }

    public String headline() {
      return headline;
    }

    public String body() {
      return body;
    }

    public Instant published() {
      return published;
    }

    public ParsedItem build() {
      return new ParsedItem(
          format,
          position,
          guid,
          url,
          headline,
          byline,
          dateline,
          body,
          language,
          published,
          publishedFrom,
          publishedOffset,
          attributes);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }
}
