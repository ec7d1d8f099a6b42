package io.wirestream.publish;

import io.wirestream.schemas.registry.InMemorySchemaRegistry;
import io.wirestream.schemas.registry.RegisteredSchema;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryException;
import java.net.ConnectException;
import java.util.List;

/**
 * An in-memory registry that can be switched off: while down, every request fails the way the REST
 * client fails when no registry answers after its retries (no HTTP status, a connection refused
 * underneath), so readers see a registry outage rather than a bad record.
 */
public final class SwitchableRegistry implements SchemaRegistryClient {

  private final SchemaRegistryClient registry;
  private volatile boolean down;

  /** A registry on the in-memory scope {@code scope}, up. */
  public SwitchableRegistry(String scope) {
    this.registry = InMemorySchemaRegistry.scope(scope);
  }

  public void down(boolean down) {
    this.down = down;
  }

  private void check() {
    if (down) {
      throw new SchemaRegistryException(
          "Schema registry did not answer after 3 attempts", new ConnectException("refused"));
    }
  }

  @Override
  public int register(String subject, String schema, boolean normalize) {
    check();
    return registry.register(subject, schema, normalize);
  }

  @Override
  public String schemaById(int id) {
    check();
    return registry.schemaById(id);
  }

  @Override
  public RegisteredSchema lookup(String subject, String schema) {
    check();
    return registry.lookup(subject, schema);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    check();
    return registry.latest(subject);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    check();
    return registry.version(subject, version);
  }

  @Override
  public List<String> subjects() {
    check();
    return registry.subjects();
  }

  @Override
  public boolean isCompatible(String subject, String schema) {
    check();
    return registry.isCompatible(subject, schema);
  }
}
