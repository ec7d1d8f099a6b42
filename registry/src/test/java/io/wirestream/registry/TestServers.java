package io.wirestream.registry;

import io.wirestream.registry.store.InMemorySchemaStore;
import java.util.HashMap;
import java.util.Map;

/** Starts a registry on a free loopback port over an in-memory store, for one test. */
public final class TestServers {

  private TestServers() {}

  public static SchemaRegistryServer start(Map<String, String> extraConfig) {
    Map<String, String> props = new HashMap<>();
    props.put(RegistryConfig.LISTENERS_CONFIG, "http://127.0.0.1:0");
    props.putAll(extraConfig);
    return new SchemaRegistryServer(new RegistryConfig(props), new InMemorySchemaStore()).start();
  }

  public static SchemaRegistryServer start() {
    return start(Map.of());
  }
}
