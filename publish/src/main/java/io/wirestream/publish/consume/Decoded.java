package io.wirestream.publish.consume;

import io.wirestream.avro.EnrichedArticle;

/**
 * What reading one enriched record gave: an article, a tombstone, a record that is bad in itself,
 * or nothing yet because the schema registry did not answer (the record may well be good).
 */
public record Decoded(Kind kind, EnrichedArticle article, RuntimeException error) {

  /** The four outcomes; only {@link #REGISTRY_DOWN} asks for the record to be read again. */
  public enum Kind {
    ARTICLE,
    TOMBSTONE,
    UNREADABLE,
    REGISTRY_DOWN
  }

  static Decoded article(EnrichedArticle article) {
    return new Decoded(Kind.ARTICLE, article, null);
  }

  static Decoded tombstone() {
    return new Decoded(Kind.TOMBSTONE, null, null);
  }

  static Decoded unreadable(RuntimeException error) {
    return new Decoded(Kind.UNREADABLE, null, error);
  }

  static Decoded registryDown(RuntimeException error) {
    return new Decoded(Kind.REGISTRY_DOWN, null, error);
  }
}
