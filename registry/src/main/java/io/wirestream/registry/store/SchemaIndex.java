package io.wirestream.registry.store;

import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The registry's state in memory: subjects and their versions, schemas by global id, and the
 * compatibility levels. It changes only through {@link #apply(StoreChange)}, so a store that
 * replays its log through {@code apply} rebuilds exactly the same state. Thread-safe: readers share
 * a lock, {@code apply} takes it exclusively.
 */
public final class SchemaIndex {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, NavigableMap<Integer, SchemaVersion>> subjects = new TreeMap<>();

  /** Every (subject, version) carrying each id, soft-deleted ones included. */
  private final Map<Integer, Set<SubjectVersion>> versionsById = new HashMap<>();

  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel;
  private int maxId;

  /** A (subject, version) pair, as {@code GET /schemas/ids/{id}/versions} lists them. */
  public record SubjectVersion(String subject, int version) {}

  public void apply(StoreChange change) {
    lock.writeLock().lock();
    try {
      // Java 17 has no pattern switch; the sealed interface keeps this chain complete.
      if (change instanceof StoreChange.PutSchema put) {
        putSchema(put.schema());
      } else if (change instanceof StoreChange.RemoveVersion remove) {
        removeVersion(remove.subject(), remove.version());
      } else if (change instanceof StoreChange.PutConfig put) {
        putConfig(put.subject(), put.level());
      } else if (change instanceof StoreChange.RemoveConfig remove) {
        putConfig(remove.subject(), null);
      } else if (change instanceof StoreChange.DeleteSubject delete) {
        softDeleteUpTo(delete.subject(), delete.version());
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void putSchema(SchemaVersion schema) {
    NavigableMap<Integer, SchemaVersion> versions =
        subjects.computeIfAbsent(schema.subject(), s -> new TreeMap<>());
    SchemaVersion previous = versions.get(schema.version());
    if (previous != null && !previous.sameSchemaAs(schema)) {
      // A version never changes its schema; a second writer racing for the same version
      // number lost, and it repairs the log itself (see SchemaRegistry#register).
      return;
    }
    versions.put(schema.version(), schema);
    if (previous != null && previous.id() != schema.id()) {
      unlinkId(previous);
    }
    versionsById
        .computeIfAbsent(schema.id(), id -> new LinkedHashSet<>())
        .add(new SubjectVersion(schema.subject(), schema.version()));
    maxId = Math.max(maxId, schema.id());
  }

  private void removeVersion(String subject, int version) {
    NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
    if (versions == null) {
      return;
    }
    SchemaVersion removed = versions.remove(version);
    if (removed != null) {
      unlinkId(removed);
    }
    if (versions.isEmpty()) {
      subjects.remove(subject);
    }
  }

  private void unlinkId(SchemaVersion schema) {
    Set<SubjectVersion> holders = versionsById.get(schema.id());
    if (holders != null) {
      holders.remove(new SubjectVersion(schema.subject(), schema.version()));
      if (holders.isEmpty()) {
        versionsById.remove(schema.id());
      }
    }
  }

  private void putConfig(String subject, CompatibilityLevel level) {
    if (subject == null) {
      globalLevel = level;
    } else if (level == null) {
      subjectLevels.remove(subject);
    } else {
      subjectLevels.put(subject, level);
    }
  }

  private void softDeleteUpTo(String subject, int version) {
    NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
    if (versions != null) {
      versions.headMap(version, true).replaceAll((v, schema) -> schema.withDeleted(true));
    }
  }

  /** Every version of a subject in version order, soft-deleted ones included. */
  public List<SchemaVersion> versions(String subject) {
    lock.readLock().lock();
    try {
      NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
      return versions == null ? List.of() : List.copyOf(versions.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every subject that has at least one version (live or soft-deleted), sorted. */
  public List<String> subjects() {
    lock.readLock().lock();
    try {
      return List.copyOf(subjects.keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The schema an id stands for: that of the first version, in log order, to carry it (two writers
   * racing for a new id both write it; the earlier record owns it). Empty once no version carries
   * the id.
   */
  public Optional<SchemaVersion> schemaById(int id) {
    lock.readLock().lock();
    try {
      Set<SubjectVersion> holders = versionsById.get(id);
      if (holders == null) {
        return Optional.empty();
      }
      SubjectVersion owner = holders.iterator().next();
      return Optional.of(subjects.get(owner.subject()).get(owner.version()));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** One version of a subject, soft-deleted or not. */
  public Optional<SchemaVersion> version(String subject, int version) {
    lock.readLock().lock();
    try {
      NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
      return Optional.ofNullable(versions == null ? null : versions.get(version));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The versions carrying an id, in the order they were registered. */
  public List<SchemaVersion> versionsWithId(int id) {
    lock.readLock().lock();
    try {
      List<SchemaVersion> result = new ArrayList<>();
      for (SubjectVersion holder : versionsById.getOrDefault(id, Set.of())) {
        result.add(subjects.get(holder.subject()).get(holder.version()));
      }
      return Collections.unmodifiableList(result);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The id already given to this exact schema in any subject, if any. */
  public Optional<Integer> idOf(SchemaVersion schema) {
    lock.readLock().lock();
    try {
      for (Map.Entry<Integer, Set<SubjectVersion>> entry : versionsById.entrySet()) {
        SubjectVersion holder = entry.getValue().iterator().next();
        if (subjects.get(holder.subject()).get(holder.version()).sameSchemaAs(schema)) {
          return Optional.of(entry.getKey());
        }
      }
      return Optional.empty();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The highest id ever seen; the next new schema gets {@code maxId() + 1}. */
  public int maxId() {
    lock.readLock().lock();
    try {
      return maxId;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The global level set by {@code PUT /config}; empty when the configured default applies. */
  public Optional<CompatibilityLevel> globalLevel() {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(globalLevel);
    } finally {
      lock.readLock().unlock();
    }
  }

  public Optional<CompatibilityLevel> subjectLevel(String subject) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(subjectLevels.get(subject));
    } finally {
      lock.readLock().unlock();
    }
  }
}
