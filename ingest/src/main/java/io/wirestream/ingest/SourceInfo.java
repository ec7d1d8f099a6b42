package io.wirestream.ingest;

import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import java.util.Objects;

/**
 * Where a document came from, as the producer knows it: a human name (feed title, folder, intake
 * client), the kind of source, and the file path or URL.
 */
public record SourceInfo(String name, SourceKind kind, String uri) {

  public SourceInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  Source toAvro() {
    return Source.newBuilder().setName(name).setKind(kind).setUri(uri).build();
  }
}
