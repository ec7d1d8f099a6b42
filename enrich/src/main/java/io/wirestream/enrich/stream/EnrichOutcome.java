package io.wirestream.enrich.stream;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;

/**
 * What became of one {@code news.raw} record: an enriched article, a tombstone (both null), or a
 * dead letter.
 */
record EnrichOutcome(EnrichedArticle article, DeadLetter deadLetter) {

  static EnrichOutcome enriched(EnrichedArticle article) {
    return new EnrichOutcome(article, null);
  }

  static EnrichOutcome tombstone() {
    return new EnrichOutcome(null, null);
  }

  static EnrichOutcome dead(DeadLetter deadLetter) {
    return new EnrichOutcome(null, deadLetter);
  }
}
