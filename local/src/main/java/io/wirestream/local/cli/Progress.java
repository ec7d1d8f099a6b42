package io.wirestream.local.cli;

import io.wirestream.ingest.kafka.IngestCounts;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A one-line progress display of an ingest (items, rate, counts) redrawn on stderr while the
 * command runs from a terminal; silent when output is piped or in CI.
 */
final class Progress implements AutoCloseable {

  private final ScheduledExecutorService ticker;
  private final Supplier<IngestCounts> counts;
  private final long startNanos = System.nanoTime();

  private Progress(Supplier<IngestCounts> counts, boolean visible) {
    this.counts = counts;
    this.ticker =
        visible
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "ingest-progress");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
    }
  }

  static Progress onTerminal(Supplier<IngestCounts> counts) {
    return new Progress(counts, System.console() != null && System.getenv("CI") == null);
  }

  private void draw() {
    IngestCounts c = counts.get();
    double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
    System.err.printf(
        "\r  %,d items  %,.0f items/s  %.1f MB/s  (%s)   ",
        c.total(), c.total() / seconds, c.acceptedChars() / seconds / 1e6, c);
  }

  @Override
  public void close() {
    if (ticker != null && !ticker.isShutdown()) {
      ticker.shutdownNow();
      draw();
      System.err.println();
    }
  }
}
