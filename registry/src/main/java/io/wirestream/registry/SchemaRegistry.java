package io.wirestream.registry;

import io.wirestream.registry.store.SchemaIndex;
import io.wirestream.registry.store.SchemaStore;
import io.wirestream.registry.store.StoreChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's rules, free of HTTP: registering (same schema, same id; new version only when
 * compatible), looking up, soft and permanent deletion, and compatibility levels, all as
 * Confluent's Schema Registry behaves. Reads go to the store's index; every read-modify-write runs
 * under one lock after {@link SchemaStore#sync()}, so ids and versions are handed out once.
 */
public final class SchemaRegistry {

  /** Attempts at a write that other instances keep racing; more means something is wrong. */
  private static final int MAX_WRITE_ATTEMPTS = 5;

  private final SchemaStore store;
  private final SchemaIndex index;
  private final CompatibilityLevel defaultLevel;
  private final AvroSchemaParser parser;
  private final Object writeLock = new Object();
  private final SchemaDeleter deleter;

  public SchemaRegistry(SchemaStore store, CompatibilityLevel defaultLevel) {
    this.store = store;
    this.index = store.index();
    this.defaultLevel = defaultLevel;
    this.parser = new AvroSchemaParser(this::resolveReference);
    this.deleter = new SchemaDeleter(store, writeLock);
  }

  /** What a client sends to register, look up or test a schema. */
  public record SchemaRequest(String schema, String schemaType, List<SchemaReference> references) {

    public SchemaRequest {
      references = references == null ? List.of() : List.copyOf(references);
    }
  }

  /** Registers a schema under a subject and returns its global id (existing or new). */
  public int register(String subject, SchemaRequest request, boolean normalize) {
    requireAvro(request);
    AvroSchemaParser.Parsed parsed = parser.parse(request.schema(), request.references());
    SchemaVersion candidate = candidate(subject, parsed, request, normalize);
    synchronized (writeLock) {
      for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
        store.sync();
        List<SchemaVersion> all = index.versions(subject);
        List<SchemaVersion> live = all.stream().filter(v -> !v.deleted()).toList();
        for (SchemaVersion existing : live) {
          if (existing.sameSchemaAs(candidate)) {
            return existing.id();
          }
        }
        List<String> problems =
            CompatibilityChecker.check(level(subject), parsed.schema(), earlier(live));
        if (!problems.isEmpty()) {
          throw RegistryException.incompatibleSchema(
              "Schema being registered is incompatible"
                  + " with an earlier schema for subject \""
                  + subject
                  + "\", details: "
                  + problems);
        }
        int id = index.idOf(candidate).orElseGet(() -> index.maxId() + 1);
        // Soft-deleted versions keep their numbers: a re-registration gets the next one.
        int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
        store.write(
            new StoreChange.PutSchema(
                new SchemaVersion(
                    subject,
                    version,
                    id,
                    candidate.schemaType(),
                    candidate.schema(),
                    candidate.references(),
                    false)));
        Optional<Integer> settled = settle(subject, version, candidate);
        if (settled.isPresent()) {
          return settled.get();
        }
      }
      throw RegistryException.storeError(
          "Could not register under '"
              + subject
              + "': other"
              + " registry instances kept taking the same version; tried "
              + MAX_WRITE_ATTEMPTS
              + " times",
          null);
    }
  }

  /**
   * Confirms a registration once its record has been read back. Registry instances sharing a topic
   * do not elect a leader, so two may pick the same new version or id at once; the record earlier
   * in the log wins, and the later writer (the one that sees the other's record here) gives way.
   * Returns the id the schema ended up with, or empty to register again.
   */
  private Optional<Integer> settle(String subject, int version, SchemaVersion candidate) {
    for (int repair = 0; repair < MAX_WRITE_ATTEMPTS; repair++) {
      SchemaVersion stored = index.version(subject, version).orElse(null);
      if (stored == null || !stored.sameSchemaAs(candidate)) {
        if (stored != null) {
          // Our record came second for this key; rewrite the winner's so compaction keeps it.
          store.write(new StoreChange.PutSchema(stored));
        }
        return Optional.empty();
      }
      SchemaVersion owner = index.schemaById(stored.id()).orElse(stored);
      if (owner.sameSchemaAs(candidate)) {
        return Optional.of(stored.id());
      }
      // Another schema took this id first: move this version to a free id.
      store.sync();
      int freshId = index.idOf(candidate).orElseGet(() -> index.maxId() + 1);
      store.write(
          new StoreChange.PutSchema(
              new SchemaVersion(
                  subject,
                  version,
                  freshId,
                  stored.schemaType(),
                  stored.schema(),
                  stored.references(),
                  stored.deleted())));
    }
    return Optional.empty();
  }

  /** The version of a subject holding this schema ({@code POST /subjects/{s}}). */
  public SchemaVersion lookup(
      String subject, SchemaRequest request, boolean normalize, boolean includeDeleted) {
    requireAvro(request);
    List<SchemaVersion> versions = visibleVersions(subject, includeDeleted);
    AvroSchemaParser.Parsed parsed = parser.parse(request.schema(), request.references());
    SchemaVersion candidate = candidate(subject, parsed, request, normalize);
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).sameSchemaAs(candidate)) {
        return versions.get(i);
      }
    }
    throw RegistryException.schemaNotFound();
  }

  /** One version of a subject; {@code spec} is a number, {@code latest} or {@code -1}. */
  public SchemaVersion version(String subject, String spec, boolean includeDeleted) {
    int wanted = parseVersion(spec);
    List<SchemaVersion> versions = visibleVersions(subject, includeDeleted);
    if (wanted == -1) {
      return versions.get(versions.size() - 1);
    }
    return versions.stream()
        .filter(v -> v.version() == wanted)
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(spec));
  }

  /** The version numbers of a subject; 40401 when it has none to show. */
  public List<Integer> versionNumbers(String subject, boolean includeDeleted) {
    return visibleVersions(subject, includeDeleted).stream().map(SchemaVersion::version).toList();
  }

  /** Subjects with a live version (or any version when {@code includeDeleted}), by prefix. */
  public List<String> subjects(String prefix, boolean includeDeleted) {
    List<String> result = new ArrayList<>();
    for (String subject : index.subjects()) {
      if (prefix != null && !subject.startsWith(prefix)) {
        continue;
      }
      if (includeDeleted || index.versions(subject).stream().anyMatch(v -> !v.deleted())) {
        result.add(subject);
      }
    }
    return result;
  }

  /** The schema with a global id; soft deletion does not hide it (old data must decode). */
  public SchemaVersion schemaById(int id) {
    return index.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound(id));
  }

  /** The (subject, version) pairs using an id. */
  public List<SchemaVersion> versionsWithId(int id, boolean includeDeleted) {
    List<SchemaVersion> holders = index.versionsWithId(id);
    if (holders.isEmpty()) {
      throw RegistryException.schemaNotFound(id);
    }
    return holders.stream().filter(v -> includeDeleted || !v.deleted()).toList();
  }

  /** Deletes a subject: soft (hidden, ids kept) or, after a soft delete, permanent. */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    return deleter.deleteSubject(subject, permanent);
  }

  /** Deletes one version: soft, or (after a soft delete) permanent. Returns its number. */
  public int deleteVersion(String subject, String spec, boolean permanent) {
    return deleter.deleteVersion(subject, spec, permanent);
  }

  /** The ids of live schemas whose references name this version of the subject. */
  public List<Integer> referencedBy(String subject, String spec) {
    SchemaVersion target = version(subject, spec, false);
    return deleter.referrers(target).stream().map(SchemaVersion::id).distinct().sorted().toList();
  }

  /** Tests a schema against one version ({@code spec}) or, when spec is null, per the level. */
  public List<String> testCompatibility(
      String subject, String spec, SchemaRequest request, boolean normalize) {
    requireAvro(request);
    AvroSchemaParser.Parsed parsed = parser.parse(request.schema(), request.references());
    CompatibilityLevel level = level(subject);
    List<SchemaVersion> against;
    if (spec == null) {
      against = index.versions(subject).stream().filter(v -> !v.deleted()).toList();
    } else {
      against = List.of(version(subject, spec, false));
      // One named version: check in the level's direction against it alone.
      level = nonTransitive(level);
    }
    return CompatibilityChecker.check(level, parsed.schema(), earlier(against));
  }

  /** The level that applies to a subject: its own, else the global one. */
  public CompatibilityLevel level(String subject) {
    return index.subjectLevel(subject).orElseGet(this::globalLevel);
  }

  public CompatibilityLevel globalLevel() {
    return index.globalLevel().orElse(defaultLevel);
  }

  /** A subject's own level; 40408 unless it has one or {@code defaultToGlobal}. */
  public CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
    Optional<CompatibilityLevel> own = index.subjectLevel(subject);
    if (own.isPresent()) {
      return own.get();
    }
    if (defaultToGlobal) {
      return globalLevel();
    }
    throw RegistryException.subjectLevelNotConfigured(subject);
  }

  /** Sets the level of a subject, or the global level when subject is null. */
  public CompatibilityLevel setLevel(String subject, String levelName) {
    CompatibilityLevel level = CompatibilityLevel.forName(levelName);
    if (level == null) {
      throw RegistryException.invalidCompatibilityLevel(levelName);
    }
    synchronized (writeLock) {
      store.write(new StoreChange.PutConfig(subject, level));
    }
    return level;
  }

  /** Removes a subject's level (40408 when it has none) or the global override; returns it. */
  public CompatibilityLevel deleteLevel(String subject) {
    synchronized (writeLock) {
      store.sync();
      CompatibilityLevel previous = subject == null ? globalLevel() : subjectLevel(subject, false);
      store.write(new StoreChange.RemoveConfig(subject));
      return previous;
    }
  }

  private SchemaVersion candidate(
      String subject, AvroSchemaParser.Parsed parsed, SchemaRequest request, boolean normalize) {
    String text =
        normalize ? AvroSchemaParser.normalize(parsed.canonicalText()) : parsed.canonicalText();
    return new SchemaVersion(subject, 0, 0, SchemaVersion.AVRO, text, request.references(), false);
  }

  private List<CompatibilityChecker.Earlier> earlier(List<SchemaVersion> versions) {
    List<CompatibilityChecker.Earlier> result = new ArrayList<>();
    for (SchemaVersion version : versions) {
      result.add(
          new CompatibilityChecker.Earlier(
              version.version(), parser.parse(version.schema(), version.references()).schema()));
    }
    return result;
  }

  private List<SchemaVersion> visibleVersions(String subject, boolean includeDeleted) {
    List<SchemaVersion> all = index.versions(subject);
    List<SchemaVersion> visible =
        includeDeleted ? all : all.stream().filter(v -> !v.deleted()).toList();
    if (visible.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    return visible;
  }

  private SchemaVersion resolveReference(String subject, Integer version) {
    List<SchemaVersion> live = index.versions(subject).stream().filter(v -> !v.deleted()).toList();
    if (version == null || version == -1) {
      return live.isEmpty() ? null : live.get(live.size() - 1);
    }
    return index.versions(subject).stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElse(null);
  }

  private static void requireAvro(SchemaRequest request) {
    String type = request.schemaType();
    if (type != null && !type.equalsIgnoreCase(SchemaVersion.AVRO)) {
      throw new RegistryException(
          422, 42201, "Invalid schema type " + type + "; this registry supports AVRO only");
    }
  }

  private static CompatibilityLevel nonTransitive(CompatibilityLevel level) {
    return switch (level) {
      case BACKWARD_TRANSITIVE -> CompatibilityLevel.BACKWARD;
      case FORWARD_TRANSITIVE -> CompatibilityLevel.FORWARD;
      case FULL_TRANSITIVE -> CompatibilityLevel.FULL;
      default -> level;
    };
  }

  /** Parses a version spec: a positive number, {@code latest} or {@code -1} (both give -1). */
  static int parseVersion(String spec) {
    if ("latest".equalsIgnoreCase(spec)) {
      return -1;
    }
    try {
      int number = Integer.parseInt(spec);
      if (number == -1 || number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw RegistryException.invalidVersion(spec);
  }
}
