package io.wirestream.ingest.time;

import io.wirestream.avro.PublishedFrom;
import java.time.Instant;
import java.util.Objects;

/** A publication time and where it came from. */
public record PublishedTime(Instant instant, PublishedFrom from) {
  public PublishedTime {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(from, "from");
  }
}
