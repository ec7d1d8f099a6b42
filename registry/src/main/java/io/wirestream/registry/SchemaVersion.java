package io.wirestream.registry;

import java.util.List;
import java.util.Objects;

/**
 * One version of one subject: the unit the registry stores. Several versions (of several subjects)
 * share a global {@code id} when their schema text is identical.
 *
 * @param schemaType {@code AVRO} unless stated otherwise (the only type this registry accepts)
 * @param schema the canonical schema text (what clients get back, not what they sent)
 * @param deleted soft-deleted: hidden from listings, still resolvable by id
 */
public record SchemaVersion(
    String subject,
    int version,
    int id,
    String schemaType,
    String schema,
    List<SchemaReference> references,
    boolean deleted) {

  public static final String AVRO = "AVRO";

  public SchemaVersion {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
    schemaType = schemaType == null ? AVRO : schemaType;
    references = references == null ? List.of() : List.copyOf(references);
  }

  public SchemaVersion withDeleted(boolean isDeleted) {
    return new SchemaVersion(subject, version, id, schemaType, schema, references, isDeleted);
  }

  /** Two versions carry the same schema when text, type and references all match. */
  public boolean sameSchemaAs(SchemaVersion other) {
    return schema.equals(other.schema)
        && schemaType.equals(other.schemaType)
        && references.equals(other.references);
  }
}
