package io.wirestream.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Decides whether a new schema may follow earlier ones under a {@link CompatibilityLevel}, using
 * Avro's own reader/writer resolution rules ({@link SchemaCompatibility}). The messages follow
 * Confluent's verbose format so that tooling that prints them reads the same.
 */
public final class CompatibilityChecker {

  /** One earlier version the new schema is checked against. */
  public record Earlier(int version, Schema schema) {}

  private CompatibilityChecker() {}

  /**
   * Checks a new schema against earlier versions (oldest first).
   *
   * @return the reasons it is incompatible; empty when it is compatible
   */
  public static List<String> check(
      CompatibilityLevel level, Schema candidate, List<Earlier> earlier) {
    if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
      return List.of();
    }
    List<Earlier> targets = level.transitive ? earlier : List.of(earlier.get(earlier.size() - 1));
    List<String> messages = new ArrayList<>();
    // Newest first, as Confluent reports the version a producer most likely meant.
    for (int i = targets.size() - 1; i >= 0; i--) {
      Earlier old = targets.get(i);
      List<String> found = new ArrayList<>();
      if (level.backward) {
        describe(
            SchemaCompatibility.checkReaderWriterCompatibility(candidate, old.schema()),
            "new",
            found);
      }
      if (level.forward) {
        describe(
            SchemaCompatibility.checkReaderWriterCompatibility(old.schema(), candidate),
            "old",
            found);
      }
      if (!found.isEmpty()) {
        messages.addAll(found);
        messages.add("{oldSchemaVersion: " + old.version() + "}");
        messages.add("{oldSchema: '" + old.schema() + "'}");
      }
    }
    if (!messages.isEmpty()) {
      messages.add("{compatibility: '" + level + "'}");
    }
    return messages;
  }

  private static void describe(
      SchemaCompatibility.SchemaPairCompatibility pair, String readerRole, List<String> out) {
    if (pair.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    for (Incompatibility problem : pair.getResult().getIncompatibilities()) {
      out.add(
          "{errorType:'"
              + problem.getType()
              + "', description:'The "
              + readerRole
              + " schema (reader) cannot read at path '"
              + problem.getLocation()
              + "': "
              + problem.getMessage()
              + "', additionalInfo:'"
              + problem.getMessage()
              + "'}");
    }
  }
}
