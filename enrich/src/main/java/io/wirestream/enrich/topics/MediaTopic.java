package io.wirestream.enrich.topics;

import java.util.Objects;

/**
 * One concept of the IPTC Media Topics vocabulary: its qcode, depth in the tree, broader concept,
 * English label and definition.
 *
 * @param qcode concept id, e.g. {@code medtop:16000000}
 * @param level depth in the tree, 1 for the 17 subjects
 * @param parent qcode of the broader concept, empty for level 1
 * @param label English preferred label
 * @param definition English definition, possibly empty
 */
public record MediaTopic(String qcode, int level, String parent, String label, String definition) {

  public MediaTopic {
    Objects.requireNonNull(qcode, "qcode");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(definition, "definition");
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1 for " + qcode + ": " + level);
    }
  }

  public boolean isSubject() {
    return level == 1;
  }
}
