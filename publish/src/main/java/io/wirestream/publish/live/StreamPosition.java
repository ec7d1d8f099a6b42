package io.wirestream.publish.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a live-stream client has read: for each partition of the enriched topic, the offset of
 * the last record it has passed. Printed as the SSE event id ({@code 0-41.1-17.2-8}), so a client
 * that reconnects with {@code Last-Event-ID} resumes exactly there, even after a service restart.
 * Immutable.
 */
public final class StreamPosition {

  public static final StreamPosition START = new StreamPosition(new TreeMap<>());

  private final TreeMap<Integer, Long> offsets;

  private StreamPosition(TreeMap<Integer, Long> offsets) {
    this.offsets = offsets;
  }

  /** Parses an event id; IllegalArgumentException when it is not one of ours. */
  public static StreamPosition parse(String id) {
    TreeMap<Integer, Long> offsets = new TreeMap<>();
    if (id == null || id.isBlank()) {
      return START;
    }
    try {
      for (String pair : id.trim().split("\\.")) {
        int dash = pair.indexOf('-');
        offsets.put(
            Integer.parseInt(pair.substring(0, dash)), Long.parseLong(pair.substring(dash + 1)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a Wirestream event id: '" + id + "'");
    }
    return new StreamPosition(offsets);
  }

  /** Whether the record at {@code partition}/{@code offset} lies beyond this position. */
  public boolean isBefore(int partition, long offset) {
    Long passed = offsets.get(partition);
    return passed == null || offset > passed;
  }

  /** This position moved past {@code partition}/{@code offset}. */
  public StreamPosition with(int partition, long offset) {
    TreeMap<Integer, Long> copy = new TreeMap<>(offsets);
    copy.merge(partition, offset, Math::max);
    return new StreamPosition(copy);
  }

  public Map<Integer, Long> offsets() {
    return java.util.Collections.unmodifiableMap(offsets);
  }

  @Override
  public String toString() {
    StringBuilder id = new StringBuilder();
    offsets.forEach(
        (p, o) -> id.append(id.length() == 0 ? "" : ".").append(p).append('-').append(o));
    return id.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StreamPosition other && offsets.equals(other.offsets);
  }

  @Override
  public int hashCode() {
    return offsets.hashCode();
  }
}
