package io.wirestream.schemas.registry;

/**
 * Tells a registry that could not be reached (no connection, timeouts, 5xx after every retry) from
 * a record that is bad. The first is no fault of the record: dead-lettering it would lose a good
 * article, so a stream application fails the task instead and reads the record again later.
 */
public final class RegistryOutage {

  private RegistryOutage() {}

  /** Whether {@code error}, or one of its causes, is a registry that did not answer. */
  public static boolean causedBy(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SchemaRegistryException registry
          && (registry.status() < 0 || registry.status() >= 500)) {
        return true;
      }
    }
    return false;
  }
}
