package io.wirestream.publish;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram of durations with fixed upper bounds in seconds: counts per bucket, the
 * total count and the sum. Lock-free; observations from several threads add up.
 */
public final class LatencyHistogram {

  /**
   * Bucket upper bounds (seconds) for the ingest-to-publish time: from well under a second on an
   * idle stack to the minutes of a backlog; replayed articles land above the last bound.
   */
  public static final double[] ENRICHMENT_BOUNDS = {
    0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900
  };

  private final double[] bounds;
  private final LongAdder[] buckets;
  private final LongAdder count = new LongAdder();
  private final LongAdder sumMillis = new LongAdder();

  public LatencyHistogram(double[] bounds) {
    for (int i = 1; i < bounds.length; i++) {
      if (bounds[i] <= bounds[i - 1]) {
        throw new IllegalArgumentException("bounds must increase: " + Arrays.toString(bounds));
      }
    }
    this.bounds = bounds.clone();
    this.buckets = new LongAdder[bounds.length];
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  /** Counts one duration; a negative one (clocks of two hosts apart) counts as zero. */
  public void observeMillis(long millis) {
    long ms = Math.max(0, millis);
    double seconds = ms / 1000.0;
    int i = 0;
    while (i < bounds.length && seconds > bounds[i]) {
      i++;
    }
    if (i < buckets.length) {
      buckets[i].increment();
    }
    count.increment();
    sumMillis.add(ms);
  }

  public long count() {
    return count.sum();
  }

  /** Writes the histogram's samples ({@code _bucket} cumulative with {@code le}, _sum, _count). */
  void writeTo(PrometheusText out, String name) {
    long cumulative = 0;
    for (int i = 0; i < bounds.length; i++) {
      cumulative += buckets[i].sum();
      out.sample(name + "_bucket", "le", PrometheusText.number(bounds[i]), cumulative);
    }
    // Read the count once so that +Inf and _count agree within one scrape.
    long total = count.sum();
    out.sample(name + "_bucket", "le", "+Inf", Math.max(total, cumulative));
    out.sample(name + "_sum", PrometheusText.number(sumMillis.sum() / 1000.0));
    out.sample(name + "_count", Long.toString(Math.max(total, cumulative)));
  }
}
