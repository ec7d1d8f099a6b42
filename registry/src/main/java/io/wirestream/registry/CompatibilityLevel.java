package io.wirestream.registry;

import java.util.Locale;

/**
 * Confluent's compatibility levels: which direction(s) a new schema is checked in, and against the
 * latest version only or against every live version (transitive).
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  /** The new schema must read data written with the old one. */
  public final boolean backward;

  /** The old schema must read data written with the new one. */
  public final boolean forward;

  /** Checked against every live version, not just the latest. */
  public final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /** Parses a level name case-insensitively, as Confluent does; null when it names no level. */
  public static CompatibilityLevel forName(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
