package io.wirestream.enrich;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import java.util.function.Function;

/**
 * Turns a RawArticle into an EnrichedArticle: language, dates, topics, entities, keywords and the
 * flat routing tags. A pure function of the article and {@link #VERSION}: no clock, no network, no
 * randomness, so a replay rebuilds byte-identical records. Thread-safe; build once and share.
 */
public final class Enricher implements Function<RawArticle, EnrichedArticle> {

  /** Changes whenever a rule, model or resource changes what the enricher outputs. */
  public static final String VERSION = "wirestream-enrich/0.1.0";

  private Enricher() {}

  /** The enricher with every bundled analyser. */
  public static Enricher standard() {
    return new Enricher();
  }

  public EnrichedArticle enrich(RawArticle raw) {
    return EnrichedArticles.from(raw, VERSION).build();
  }

  @Override
  public EnrichedArticle apply(RawArticle raw) {
    return enrich(raw);
  }
}
