package io.wirestream.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Counters of the publish service, shared by the topology, the live stream and the webhook
 * dispatcher, and printed in the Prometheus text exposition format on {@code /metrics}.
 *
 * <p>Counts are of processing attempts: under exactly-once, a task that is retried after a crash
 * counts its records again, although its output is written once.
 */
public final class PublishMetrics {

  private final LongAdder recordsIn = new LongAdder();
  private final LongAdder unmatched = new LongAdder();
  private final LongAdder deadLetters = new LongAdder();
  private final Map<String, LongAdder> routedOut = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> webhookDelivered = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> webhookFailed = new ConcurrentHashMap<>();
  private final LongAdder sseEvents = new LongAdder();
  private final LongAdder sseDropped = new LongAdder();
  private volatile IntSupplier sseClients = () -> 0;

  public void recordIn() {
    recordsIn.increment();
  }

  public void unmatched() {
    unmatched.increment();
  }

  public void deadLetter() {
    deadLetters.increment();
  }

  public void routed(String route) {
    routedOut.computeIfAbsent(route, r -> new LongAdder()).increment();
  }

  public void webhookDelivered(String route) {
    webhookDelivered.computeIfAbsent(route, r -> new LongAdder()).increment();
  }

  public void webhookFailed(String route) {
    webhookFailed.computeIfAbsent(route, r -> new LongAdder()).increment();
  }

  public void sseEvent() {
    sseEvents.increment();
  }

  public void sseDropped() {
    sseDropped.increment();
  }

  /** Where the number of connected live-stream clients is read from. */
  public void sseClients(IntSupplier clients) {
    this.sseClients = clients;
  }

  public long recordsIn() {
    return recordsIn.sum();
  }

  public long unmatchedCount() {
    return unmatched.sum();
  }

  public long deadLetterCount() {
    return deadLetters.sum();
  }

  public long routedCount(String route) {
    LongAdder n = routedOut.get(route);
    return n == null ? 0 : n.sum();
  }

  public int sseClientCount() {
    return sseClients.getAsInt();
  }

  /** The metrics in the Prometheus text format (version 0.0.4). */
  public String prometheus() {
    StringBuilder out = new StringBuilder(2048);
    try {
      counter(
          out,
          "wirestream_publish_records_in_total",
          "Records read from the enriched topic.",
          recordsIn.sum());
      counter(
          out,
          "wirestream_publish_unmatched_total",
          "Articles that matched no route.",
          unmatched.sum());
      counter(
          out,
          "wirestream_publish_dead_letters_total",
          "Records sent to the dead letter topic by publish.",
          deadLetters.sum());
      perRoute(
          out,
          "wirestream_publish_records_out_total",
          "Records written to each route topic.",
          routedOut);
      perRoute(
          out,
          "wirestream_publish_webhook_delivered_total",
          "Articles delivered to each route's webhook.",
          webhookDelivered);
      perRoute(
          out,
          "wirestream_publish_webhook_failed_total",
          "Webhook deliveries dead-lettered after the last retry.",
          webhookFailed);
      counter(
          out,
          "wirestream_publish_sse_events_total",
          "Events sent to live-stream clients.",
          sseEvents.sum());
      counter(
          out,
          "wirestream_publish_sse_dropped_total",
          "Live-stream clients disconnected for being too slow.",
          sseDropped.sum());
      out.append("# HELP wirestream_publish_sse_clients Connected live-stream clients.\n")
          .append("# TYPE wirestream_publish_sse_clients gauge\n")
          .append("wirestream_publish_sse_clients ")
          .append(sseClients.getAsInt())
          .append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void counter(Appendable out, String name, String help, long value)
      throws IOException {
    out.append("# HELP ")
        .append(name)
        .append(' ')
        .append(help)
        .append('\n')
        .append("# TYPE ")
        .append(name)
        .append(" counter\n")
        .append(name)
        .append(' ')
        .append(Long.toString(value))
        .append('\n');
  }

  private static void perRoute(
      Appendable out, String name, String help, Map<String, LongAdder> values) throws IOException {
    out.append("# HELP ")
        .append(name)
        .append(' ')
        .append(help)
        .append('\n')
        .append("# TYPE ")
        .append(name)
        .append(" counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(values).entrySet()) {
      // Route names are [a-z0-9._-], so they need no escaping inside the label value.
      out.append(name)
          .append("{route=\"")
          .append(e.getKey())
          .append("\"} ")
          .append(Long.toString(e.getValue().sum()))
          .append('\n');
    }
  }
}
