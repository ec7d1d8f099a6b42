package io.wirestream.registry.store;

/**
 * Where the registry keeps its state: an append-only sequence of {@link StoreChange}s, with the
 * current state readable from {@link #index()}. Implementations: {@link InMemorySchemaStore} for
 * tests, {@link KafkaSchemaStore} for real use (a compacted topic shared by instances).
 */
public interface SchemaStore extends AutoCloseable {

  /** Loads the existing state; blocks until the index reflects everything stored so far. */
  void start();

  /** The current state; kept up to date by the store. */
  SchemaIndex index();

  /**
   * Catches up with changes other writers made, so that a read-modify-write (choosing the next id
   * or version) starts from the latest state.
   */
  void sync();

  /** Stores a change durably; returns once the change is visible in {@link #index()}. */
  void write(StoreChange change);

  @Override
  void close();
}
