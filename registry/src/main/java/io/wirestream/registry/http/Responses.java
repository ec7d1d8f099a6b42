package io.wirestream.registry.http;

import io.wirestream.registry.SchemaReference;
import io.wirestream.registry.SchemaVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes Confluent's REST API answers with, built from registry values. */
final class Responses {

  private Responses() {}

  /** {@code {"subject","version","id",("schemaType"),("references"),"schema"}}. */
  static Map<String, Object> subjectVersion(SchemaVersion version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", version.subject());
    body.put("version", version.version());
    body.put("id", version.id());
    typeAndReferences(version, body);
    body.put("schema", version.schema());
    return body;
  }

  /** {@code {("schemaType"),("references"),"schema"}}: schemaType only when not AVRO. */
  static Map<String, Object> schema(SchemaVersion version) {
    Map<String, Object> body = new LinkedHashMap<>();
    typeAndReferences(version, body);
    body.put("schema", version.schema());
    return body;
  }

  private static void typeAndReferences(SchemaVersion version, Map<String, Object> body) {
    if (!SchemaVersion.AVRO.equals(version.schemaType())) {
      body.put("schemaType", version.schemaType());
    }
    if (!version.references().isEmpty()) {
      List<Map<String, Object>> references = new ArrayList<>();
      for (SchemaReference reference : version.references()) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", reference.name());
        ref.put("subject", reference.subject());
        ref.put("version", reference.version());
        references.add(ref);
      }
      body.put("references", references);
    }
  }

  static Map<String, Object> of(String key, Object value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(key, value);
    return body;
  }
}
