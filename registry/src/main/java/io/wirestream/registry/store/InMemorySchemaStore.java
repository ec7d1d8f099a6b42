package io.wirestream.registry.store;

/**
 * A store that lives and dies with the process: changes go straight into the index. For tests, and
 * for a throwaway registry where losing the schemas on exit is acceptable.
 */
public final class InMemorySchemaStore implements SchemaStore {

  private final SchemaIndex index = new SchemaIndex();

  @Override
  public void start() {
    // nothing to load
  }

  @Override
  public SchemaIndex index() {
    return index;
  }

  @Override
  public void sync() {
    // the only writer is this process
  }

  @Override
  public void write(StoreChange change) {
    index.apply(change);
  }

  @Override
  public void close() {
    // nothing to release
  }
}
