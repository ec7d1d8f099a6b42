package io.wirestream.schemas.registry;

import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.List;
import java.util.Map;

/**
 * What the serdes and tools need from a Confluent-compatible Schema Registry. {@link
 * RestSchemaRegistryClient} talks to a real one; a {@code mock://scope} URL gives an in-memory
 * registry shared by everything in the process that names the same scope, for topology tests.
 */
public interface SchemaRegistryClient {

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, String schema, boolean normalize);

  /** The schema with this global id. */
  String schemaById(int id);

  /** Where {@code schema} is registered under {@code subject}; 40401/40403 when it is not. */
  RegisteredSchema lookup(String subject, String schema);

  /** The latest version registered under {@code subject}. */
  RegisteredSchema latest(String subject);

  /** One version of {@code subject}. */
  RegisteredSchema version(String subject, int version);

  /** All subjects. */
  List<String> subjects();

  /** Whether {@code schema} could be registered under {@code subject} now. */
  boolean isCompatible(String subject, String schema);

  /** A client for the {@code schema.registry.url} of {@code config}. */
  static SchemaRegistryClient fromConfig(Map<String, ?> config) {
    return fromConfig(new AvroSerdeConfig(config));
  }

  /** A client for the {@code schema.registry.url} of {@code config}. */
  static SchemaRegistryClient fromConfig(AvroSerdeConfig config) {
    List<String> urls = config.getList(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG);
    if (urls.size() == 1 && urls.get(0).startsWith(InMemorySchemaRegistry.SCHEME)) {
      return InMemorySchemaRegistry.scope(
          urls.get(0).substring(InMemorySchemaRegistry.SCHEME.length()));
    }
    return RestSchemaRegistryClient.fromConfig(config);
  }
}
