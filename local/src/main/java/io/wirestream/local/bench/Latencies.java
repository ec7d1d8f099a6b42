package io.wirestream.local.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency samples in milliseconds and their percentiles (nearest-rank). */
public final class Latencies {

  private long[] samples = new long[1024];
  private int size;

  public synchronized void add(long millis) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = millis;
  }

  public synchronized int count() {
    return size;
  }

  /** The {@code p}-th percentile (0-100), or -1 without samples. */
  public synchronized long percentile(double p) {
    if (size == 0) {
      return -1;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  /** p50, p95, p99 and max, for the report. */
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", count());
    summary.put("p50", percentile(50));
    summary.put("p95", percentile(95));
    summary.put("p99", percentile(99));
    summary.put("max", percentile(100));
    return summary;
  }
}
