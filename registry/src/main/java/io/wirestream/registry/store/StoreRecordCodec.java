package io.wirestream.registry.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaReference;
import io.wirestream.registry.SchemaVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link StoreChange}s into records of the schemas topic and back, in Confluent Schema
 * Registry's JSON layout, so the topic reads the same to anyone who knows Confluent's:
 *
 * <pre>
 * key {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}
 *   value {"subject":"s","version":1,"id":1,"schema":"...","deleted":false}   (null: removed)
 * key {"keytype":"CONFIG","subject":"s","magic":0}   (no subject: global)
 *   value {"compatibilityLevel":"BACKWARD"}   (null: cleared)
 * key {"keytype":"DELETE_SUBJECT","subject":"s","magic":0}
 *   value {"subject":"s","version":3}
 * key {"keytype":"NOOP","magic":0}   value null   (a marker a writer reads back to catch up)
 * </pre>
 *
 * Other key types Confluent writes (MODE, CONTEXT, ...) decode to nothing and are skipped.
 */
public final class StoreRecordCodec {

  /** A record's key and value bytes; {@code value == null} is a tombstone. */
  public record Encoded(byte[] key, byte[] value) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreRecordCodec() {}

  public static Encoded encode(StoreChange change) {
    if (change instanceof StoreChange.PutSchema put) {
      SchemaVersion schema = put.schema();
      return new Encoded(schemaKey(schema.subject(), schema.version()), schemaValue(schema));
    } else if (change instanceof StoreChange.RemoveVersion remove) {
      return new Encoded(schemaKey(remove.subject(), remove.version()), null);
    } else if (change instanceof StoreChange.PutConfig put) {
      ObjectNode value = JSON.createObjectNode().put("compatibilityLevel", put.level().name());
      return new Encoded(subjectKey("CONFIG", put.subject()), bytes(value));
    } else if (change instanceof StoreChange.RemoveConfig remove) {
      return new Encoded(subjectKey("CONFIG", remove.subject()), null);
    } else if (change instanceof StoreChange.DeleteSubject delete) {
      ObjectNode value =
          JSON.createObjectNode().put("subject", delete.subject()).put("version", delete.version());
      return new Encoded(subjectKey("DELETE_SUBJECT", delete.subject()), bytes(value));
    }
    throw new IllegalArgumentException("Unknown change " + change);
  }

  /** The key of the marker record {@link KafkaSchemaStore#sync()} writes and waits for. */
  public static byte[] noopKey() {
    return bytes(JSON.createObjectNode().put("keytype", "NOOP").put("magic", 0));
  }

  /**
   * Reads a record back into a change.
   *
   * @return null for records that change nothing here (NOOP, key types this registry ignores)
   * @throws IllegalArgumentException when the record is not in the expected layout
   */
  public static StoreChange decode(byte[] key, byte[] value) {
    JsonNode keyNode = tree(key);
    String keyType = keyNode.path("keytype").asText();
    String subject = keyNode.hasNonNull("subject") ? keyNode.get("subject").asText() : null;
    JsonNode valueNode = value == null ? null : tree(value);
    switch (keyType) {
      case "SCHEMA" -> {
        int version = keyNode.path("version").asInt();
        if (valueNode == null) {
          return new StoreChange.RemoveVersion(required(subject, keyNode), version);
        }
        return new StoreChange.PutSchema(schemaVersion(valueNode));
      }
      case "CONFIG" -> {
        if (valueNode == null) {
          return new StoreChange.RemoveConfig(subject);
        }
        CompatibilityLevel level =
            CompatibilityLevel.forName(valueNode.path("compatibilityLevel").asText(null));
        // A config record without a level (Confluent's other config fields) changes nothing here.
        return level == null ? null : new StoreChange.PutConfig(subject, level);
      }
      case "DELETE_SUBJECT" -> {
        if (valueNode == null) {
          return null;
        }
        return new StoreChange.DeleteSubject(
            required(subject, keyNode), valueNode.path("version").asInt());
      }
      default -> {
        return null;
      }
    }
  }

  private static SchemaVersion schemaVersion(JsonNode value) {
    List<SchemaReference> references = new ArrayList<>();
    for (JsonNode reference : value.path("references")) {
      references.add(
          new SchemaReference(
              reference.path("name").asText(),
              reference.path("subject").asText(),
              reference.path("version").asInt()));
    }
    if (!value.hasNonNull("subject") || !value.hasNonNull("schema") || !value.has("id")) {
      throw new IllegalArgumentException("Schema record without subject, id or schema: " + value);
    }
    return new SchemaVersion(
        value.get("subject").asText(),
        value.path("version").asInt(),
        value.get("id").asInt(),
        value.path("schemaType").asText(SchemaVersion.AVRO),
        value.get("schema").asText(),
        references,
        value.path("deleted").asBoolean(false));
  }

  private static byte[] schemaKey(String subject, int version) {
    return bytes(
        JSON.createObjectNode()
            .put("keytype", "SCHEMA")
            .put("subject", subject)
            .put("version", version)
            .put("magic", 1));
  }

  private static byte[] subjectKey(String keyType, String subject) {
    ObjectNode key = JSON.createObjectNode().put("keytype", keyType);
    if (subject != null) {
      key.put("subject", subject);
    }
    return bytes(key.put("magic", 0));
  }

  private static byte[] schemaValue(SchemaVersion schema) {
    ObjectNode value =
        JSON.createObjectNode()
            .put("subject", schema.subject())
            .put("version", schema.version())
            .put("id", schema.id());
    if (!SchemaVersion.AVRO.equals(schema.schemaType())) {
      value.put("schemaType", schema.schemaType());
    }
    if (!schema.references().isEmpty()) {
      ArrayNode references = value.putArray("references");
      for (SchemaReference reference : schema.references()) {
        references
            .addObject()
            .put("name", reference.name())
            .put("subject", reference.subject())
            .put("version", reference.version());
      }
    }
    value.put("schema", schema.schema()).put("deleted", schema.deleted());
    return bytes(value);
  }

  private static String required(String subject, JsonNode key) {
    if (subject == null) {
      throw new IllegalArgumentException("Key without subject: " + key);
    }
    return subject;
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("Not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
