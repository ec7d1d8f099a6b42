package io.wirestream.enrich;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import java.util.List;

/** Starts an EnrichedArticle from the RawArticle it enriches, every raw field carried over. */
public final class EnrichedArticles {

  private EnrichedArticles() {}

  /** A builder holding the raw article's fields, with empty analysis results. */
  public static EnrichedArticle.Builder from(RawArticle raw, String enricherVersion) {
    return EnrichedArticle.newBuilder()
        .setId(raw.getId())
        .setVersion(raw.getVersion())
        .setSource(raw.getSource())
        .setFormat(raw.getFormat())
        .setUrl(raw.getUrl())
        .setHeadline(raw.getHeadline())
        .setByline(raw.getByline())
        .setDateline(raw.getDateline())
        .setBody(raw.getBody())
        .setPublished(raw.getPublished())
        .setPublishedFrom(raw.getPublishedFrom())
        .setPublishedOffset(raw.getPublishedOffset())
        .setReceived(raw.getReceived())
        .setContentHash(raw.getContentHash())
        .setAttributes(raw.getAttributes())
        .setDeclaredLanguage(raw.getLanguage())
        .setLanguage(raw.getLanguage())
        .setDates(List.of())
        .setTopics(List.of())
        .setEntities(List.of())
        .setKeywords(List.of())
        .setTags(List.of())
        .setReferenceDate(raw.getPublished())
        .setEnricherVersion(enricherVersion);
  }
}
