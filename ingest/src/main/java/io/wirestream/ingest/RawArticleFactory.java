package io.wirestream.ingest;

import io.wirestream.avro.RawArticle;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.clean.TextCleaner;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.identity.ArticleIdentity;
import io.wirestream.ingest.time.Dateline;
import io.wirestream.ingest.time.DatelineParser;
import io.wirestream.ingest.time.PublishedTime;
import io.wirestream.ingest.time.PublishedTimeResolver;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a parsed item into the {@link RawArticle} written to news.raw: cleans headline, byline and
 * body, decides the publication time, gives the id and content hash, and validates the result. A
 * pure function of its inputs (the received time is passed in); thread-safe. Articles are built as
 * version 1; the producer raises the version when it sees new content under a known id.
 */
public final class RawArticleFactory {

  /** The version of an article the first time its id is seen. */
  public static final int FIRST_VERSION = 1;

  private final TextCleaner cleaner;
  private final ArticleIdentity identity;
  private final PublishedTimeResolver publishedTime;
  private final IngestLimits limits;
  private final DatelineParser datelines;

  public RawArticleFactory(
      TextCleaner cleaner,
      ArticleIdentity identity,
      PublishedTimeResolver publishedTime,
      DatelineParser datelines,
      IngestLimits limits) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.datelines = Objects.requireNonNull(datelines, "datelines");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.publishedTime = Objects.requireNonNull(publishedTime, "publishedTime");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public static RawArticleFactory withDefaults() {
    return new RawArticleFactory(
        TextCleaner.defaults(),
        ArticleIdentity.defaults(),
        PublishedTimeResolver.defaults(),
        DatelineParser.defaults(),
        IngestLimits.DEFAULTS);
  }

  /**
   * Builds the article.
   *
   * @param item what the parser found
   * @param source where the document came from
   * @param received when ingest read it
   * @throws IngestException TOO_LARGE for a body over the limit, INVALID_ITEM when nothing is left
   *     after cleaning
   */
  public RawArticle create(ParsedItem item, SourceInfo source, Instant received)
      throws IngestException {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(received, "received");
    String location = source.uri() == null ? "" : source.uri();
    if (limits.bodyTooLarge(item.body())) {
      throw new IngestException(
          Reason.TOO_LARGE, location, item.position(), limits.bodyTooLargeReason(item.body()));
    }
    String headline = cleaner.cleanLine(item.headline());
    String body = cleaner.clean(item.body(), headline);
    if (body.isEmpty() && headline == null) {
      throw new IngestException(
          Reason.INVALID_ITEM,
          location,
          item.position(),
          "no headline and no body text left after removing page chrome");
    }
    String dateline = cleaner.cleanLine(item.dateline());
    if (dateline == null) {
      // Formats without a dateline field still often open the story with one.
      dateline = datelines.find(body).map(Dateline::text).orElse(null);
    }
    PublishedTime published =
        publishedTime.resolve(item.published(), item.publishedFrom(), dateline, body, received);
    return RawArticle.newBuilder()
        .setId(identity.id(item.guid(), item.url(), source.name(), headline, body))
        .setVersion(FIRST_VERSION)
        .setSource(source.toAvro())
        .setFormat(item.format())
        .setUrl(blankToNull(item.url()))
        .setHeadline(headline)
        .setByline(cleaner.cleanLine(item.byline()))
        .setDateline(dateline)
        .setBody(body)
        .setLanguage(languageTag(item.language()))
        .setPublished(published.instant())
        .setPublishedFrom(published.from())
        .setPublishedOffset(declaredOffset(item))
        .setReceived(received)
        .setContentHash(identity.contentHash(headline, body))
        .setAttributes(new java.util.LinkedHashMap<>(item.attributes()))
        .build();
  }

  /**
   * The UTC offset, in seconds, of the publication time the source declared (the resolver uses a
   * declared time whenever there is one); null when none was declared or its offset is unknown.
   */
  private static Integer declaredOffset(ParsedItem item) {
    return item.published() == null || item.publishedOffset() == null
        ? null
        : item.publishedOffset().getTotalSeconds();
  }

  /** A declared language as a BCP 47 tag ("en_US" → "en-US"), or null when it is not one. */
  static String languageTag(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      Locale locale =
          new Locale.Builder().setLanguageTag(declared.strip().replace('_', '-')).build();
      String tag = locale.toLanguageTag();
      return tag.equals("und") ? null : tag;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
