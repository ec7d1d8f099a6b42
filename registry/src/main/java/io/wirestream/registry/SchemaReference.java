package io.wirestream.registry;

import java.util.Objects;

/**
 * A named type a schema borrows from another subject's version, as in Confluent's {@code
 * references} array: {@code {"name": "io.x.Address", "subject": "address", "version": 1}}.
 */
public record SchemaReference(String name, String subject, int version) {

  public SchemaReference {
    Objects.requireNonNull(name, "reference name");
    Objects.requireNonNull(subject, "reference subject");
  }
}
