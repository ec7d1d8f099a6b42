package io.wirestream.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * An in-process registry for tests that drive topologies without a server (the role of Confluent's
 * {@code mock://} URLs). Same ids for the same schema, versions per subject, and the registry's
 * error codes; no compatibility checks.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

  static final String SCHEME = "mock://";
  private static final Map<String, InMemorySchemaRegistry> SCOPES = new ConcurrentHashMap<>();

  private final Map<Integer, String> byId = new TreeMap<>();
  private final Map<Long, Integer> idByFingerprint = new TreeMap<>();
  private final Map<String, List<Integer>> versions = new TreeMap<>();

  /** The registry of a {@code mock://scope} URL, created on first use. */
  public static InMemorySchemaRegistry scope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry());
  }

  @Override
  public synchronized int register(String subject, String schema, boolean normalize) {
    long fingerprint = fingerprint(schema);
    int id = idByFingerprint.computeIfAbsent(fingerprint, f -> byId.size() + 1);
    byId.putIfAbsent(id, schema);
    List<Integer> subjectVersions = versions.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!subjectVersions.contains(id)) {
      subjectVersions.add(id);
    }
    return id;
  }

  @Override
  public synchronized String schemaById(int id) {
    String schema = byId.get(id);
    if (schema == null) {
      throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema lookup(String subject, String schema) {
    List<Integer> ids = subjectVersions(subject);
    Integer id = idByFingerprint.get(fingerprint(schema));
    if (id == null || !ids.contains(id)) {
      throw new SchemaRegistryException(404, 40403, "Schema not found under subject " + subject);
    }
    return new RegisteredSchema(subject, ids.indexOf(id) + 1, id, byId.get(id));
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<Integer> ids = subjectVersions(subject);
    return version(subject, ids.size());
  }

  @Override
  public synchronized RegisteredSchema version(String subject, int version) {
    List<Integer> ids = subjectVersions(subject);
    if (version < 1 || version > ids.size()) {
      throw new SchemaRegistryException(
          404, 40402, "Version " + version + " not found under " + subject);
    }
    int id = ids.get(version - 1);
    return new RegisteredSchema(subject, version, id, byId.get(id));
  }

  @Override
  public synchronized List<String> subjects() {
    return List.copyOf(versions.keySet());
  }

  @Override
  public boolean isCompatible(String subject, String schema) {
    return true;
  }

  private List<Integer> subjectVersions(String subject) {
    List<Integer> ids = versions.get(subject);
    if (ids == null) {
      throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found");
    }
    return ids;
  }

  private static long fingerprint(String schema) {
    try {
      return SchemaNormalization.parsingFingerprint64(new Schema.Parser().parse(schema));
    } catch (RuntimeException e) {
      throw new SchemaRegistryException(422, 42201, "Invalid schema: " + e.getMessage());
    }
  }
}
