package io.wirestream.registry.store;

import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaVersion;

/**
 * One change to the registry's state: the unit a {@link SchemaStore} writes and replays. Each maps
 * to one record of Confluent's {@code _schemas} topic (see {@link StoreRecordCodec}).
 */
public sealed interface StoreChange {

  /** Adds or replaces a version (also how a version is soft-deleted: {@code deleted=true}). */
  record PutSchema(SchemaVersion schema) implements StoreChange {}

  /** Removes a version for good (a tombstone on its key). */
  record RemoveVersion(String subject, int version) implements StoreChange {}

  /** Sets the compatibility level of one subject, or the global one when subject is null. */
  record PutConfig(String subject, CompatibilityLevel level) implements StoreChange {}

  /** Clears the compatibility level of one subject, or the global override when null. */
  record RemoveConfig(String subject) implements StoreChange {}

  /** Soft-deletes every version of a subject up to and including {@code version}. */
  record DeleteSubject(String subject, int version) implements StoreChange {}
}
