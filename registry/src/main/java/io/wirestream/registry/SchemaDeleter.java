package io.wirestream.registry;

import io.wirestream.registry.store.SchemaIndex;
import io.wirestream.registry.store.SchemaStore;
import io.wirestream.registry.store.StoreChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Soft and permanent deletion of subjects and versions, with Confluent's rules: permanent only
 * after soft, never a version live schemas still refer to, and each version marked deleted before
 * the subject's deletion is recorded. Runs under the registry's write lock.
 */
final class SchemaDeleter {

  private final SchemaStore store;
  private final SchemaIndex index;
  private final Object writeLock;

  SchemaDeleter(SchemaStore store, Object writeLock) {
    this.store = store;
    this.index = store.index();
    this.writeLock = writeLock;
  }

  /** Deletes a subject: soft (hidden, ids kept) or, after a soft delete, permanent. */
  List<Integer> deleteSubject(String subject, boolean permanent) {
    synchronized (writeLock) {
      store.sync();
      List<SchemaVersion> all = index.versions(subject);
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      boolean anyLive = all.stream().anyMatch(v -> !v.deleted());
      List<Integer> numbers = all.stream().map(SchemaVersion::version).toList();
      for (SchemaVersion version : all) {
        requireUnreferenced(version);
      }
      if (permanent) {
        if (anyLive) {
          throw RegistryException.subjectNotSoftDeleted(subject);
        }
        for (SchemaVersion version : all) {
          store.write(new StoreChange.RemoveVersion(subject, version.version()));
        }
        if (index.subjectLevel(subject).isPresent()) {
          store.write(new StoreChange.RemoveConfig(subject));
        }
        return numbers;
      }
      if (!anyLive) {
        throw RegistryException.subjectSoftDeleted(subject);
      }
      // Confluent marks each version deleted, then records the subject deletion itself.
      List<Integer> deleted = new ArrayList<>();
      for (SchemaVersion version : all) {
        if (!version.deleted()) {
          store.write(new StoreChange.PutSchema(version.withDeleted(true)));
          deleted.add(version.version());
        }
      }
      store.write(new StoreChange.DeleteSubject(subject, numbers.get(numbers.size() - 1)));
      return deleted;
    }
  }

  /** Deletes one version: soft, or (after a soft delete) permanent. Returns its number. */
  int deleteVersion(String subject, String spec, boolean permanent) {
    int wanted = SchemaRegistry.parseVersion(spec);
    synchronized (writeLock) {
      store.sync();
      List<SchemaVersion> all = index.versions(subject);
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      SchemaVersion target =
          find(all, wanted, permanent).orElseThrow(() -> RegistryException.versionNotFound(spec));
      requireUnreferenced(target);
      if (permanent) {
        if (!target.deleted()) {
          throw RegistryException.versionNotSoftDeleted(subject, target.version());
        }
        store.write(new StoreChange.RemoveVersion(subject, target.version()));
      } else {
        if (target.deleted()) {
          throw RegistryException.versionSoftDeleted(subject, target.version());
        }
        store.write(new StoreChange.PutSchema(target.withDeleted(true)));
      }
      return target.version();
    }
  }

  /** The live versions whose references name the target version. */
  List<SchemaVersion> referrers(SchemaVersion target) {
    List<SchemaVersion> result = new ArrayList<>();
    for (String subject : index.subjects()) {
      for (SchemaVersion version : index.versions(subject)) {
        if (!version.deleted()
            && version.references().stream()
                .anyMatch(
                    reference ->
                        reference.subject().equals(target.subject())
                            && reference.version() == target.version())) {
          result.add(version);
        }
      }
    }
    return result;
  }

  /** Confluent refuses to delete a version live schemas still refer to (42206). */
  private void requireUnreferenced(SchemaVersion version) {
    if (!referrers(version).isEmpty()) {
      throw new RegistryException(
          422,
          42206,
          "One or more references exist to the schema {"
              + "subject="
              + version.subject()
              + ", version="
              + version.version()
              + "}");
    }
  }

  private static Optional<SchemaVersion> find(
      List<SchemaVersion> all, int wanted, boolean includeDeleted) {
    List<SchemaVersion> candidates =
        all.stream().filter(v -> includeDeleted || !v.deleted()).toList();
    if (wanted == -1) {
      return candidates.isEmpty()
          ? Optional.empty()
          : Optional.of(candidates.get(candidates.size() - 1));
    }
    return all.stream().filter(v -> v.version() == wanted).findFirst();
  }
}
