package io.wirestream.publish;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Counters of the publish service, shared by the topology, the live stream and the webhook
 * dispatcher, and printed in the Prometheus text exposition format on {@code /metrics}.
 *
 * <p>Counts are of processing attempts: under exactly-once, a task that is retried after a crash
 * counts its records again, although its output is written once.
 *
 * <p>The metrics, all prefixed {@code wirestream_publish_}:
 *
 * <ul>
 *   <li>{@code records_in_total}, {@code unmatched_total}, {@code dead_letters_total}: records read
 *       from the enriched topic by the topology, those matching no route, those dead-lettered.
 *   <li>{@code records_out_total{route}}: records written to each route topic.
 *   <li>{@code webhook_delivered_total{route}}, {@code webhook_failed_total{route}}: webhook
 *       deliveries, and those dead-lettered after the last retry.
 *   <li>{@code unreadable_skipped_total{reader}}: records the webhook dispatcher or the live feed
 *       could not decode and passed over (the topology dead-letters them).
 *   <li>{@code registry_waits_total{reader}}: times a reader paused and read a record again because
 *       the schema registry did not answer.
 *   <li>{@code sse_events_total}, {@code sse_dropped_total}, {@code sse_clients}: live stream.
 *   <li>{@code consumer_lag_records{group,topic,partition}}: records between each consumer's
 *       position and the end of the enriched topic, per consumer group (the topology's application
 *       id, the webhook group), as of the consumer's last fetch; each instance reports the
 *       partitions it holds.
 *   <li>{@code enrichment_latency_seconds}: histogram of the time from ingest (the article's {@code
 *       received} time) to the moment the publish topology routes the enriched article.
 * </ul>
 */
public final class PublishMetrics {

  private static final String PREFIX = "wirestream_publish_";

  private final LongAdder recordsIn = new LongAdder();
  private final LongAdder unmatched = new LongAdder();
  private final LongAdder deadLetters = new LongAdder();
  private final Map<String, LongAdder> routedOut = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> webhookDelivered = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> webhookFailed = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> unreadableSkipped = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> registryWaits = new ConcurrentHashMap<>();
  private final LongAdder sseEvents = new LongAdder();
  private final LongAdder sseDropped = new LongAdder();
  private final LatencyHistogram enrichmentLatency =
      new LatencyHistogram(LatencyHistogram.ENRICHMENT_BOUNDS);
  private final Map<String, LagSource> lagSources = new ConcurrentHashMap<>();
  private volatile IntSupplier sseClients = () -> 0;

  /** Where the lag of one consumer group is read from: its topic and partition lags. */
  public record LagSource(String topic, Supplier<Map<Integer, Long>> lags) {}

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
    count(routedOut, route);
  }

  public void webhookDelivered(String route) {
    count(webhookDelivered, route);
  }

  public void webhookFailed(String route) {
    count(webhookFailed, route);
  }

  /** A reader ({@code webhooks}, {@code live}) passed over a record it could not decode. */
  public void unreadableSkipped(String reader) {
    count(unreadableSkipped, reader);
  }

  /** A reader paused to read a record again because the schema registry did not answer. */
  public void registryWait(String reader) {
    count(registryWaits, reader);
  }

  public void sseEvent() {
    sseEvents.increment();
  }

  public void sseDropped() {
    sseDropped.increment();
  }

  /** Counts one article's time from ingest to publish. */
  public void enrichmentLatencyMillis(long millis) {
    enrichmentLatency.observeMillis(millis);
  }

  /** Where the number of connected live-stream clients is read from. */
  public void sseClients(IntSupplier clients) {
    this.sseClients = clients;
  }

  /** Where the lag of consumer group {@code group} is read from; replaces an earlier source. */
  public void lagSource(String group, LagSource source) {
    lagSources.put(group, source);
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
    return sum(routedOut, route);
  }

  public long unreadableSkippedCount(String reader) {
    return sum(unreadableSkipped, reader);
  }

  public long registryWaitCount(String reader) {
    return sum(registryWaits, reader);
  }

  public long enrichmentLatencyCount() {
    return enrichmentLatency.count();
  }

  public int sseClientCount() {
    return sseClients.getAsInt();
  }

  /** The metrics in the Prometheus text format (version 0.0.4). */
  public String prometheus() {
    PrometheusText out = new PrometheusText();
    counter(out, "records_in_total", "Records read from the enriched topic.", recordsIn);
    counter(out, "unmatched_total", "Articles that matched no route.", unmatched);
    counter(
        out,
        "dead_letters_total",
        "Records sent to the dead letter topic by publish.",
        deadLetters);
    labelled(out, "records_out_total", "Records written to each route topic.", "route", routedOut);
    labelled(
        out,
        "webhook_delivered_total",
        "Articles delivered to each route's webhook.",
        "route",
        webhookDelivered);
    labelled(
        out,
        "webhook_failed_total",
        "Webhook deliveries dead-lettered after the last retry.",
        "route",
        webhookFailed);
    labelled(
        out,
        "unreadable_skipped_total",
        "Records a reader could not decode and passed over (the topology dead-letters them).",
        "reader",
        unreadableSkipped);
    labelled(
        out,
        "registry_waits_total",
        "Pauses of a reader that read a record again because the schema registry did not answer.",
        "reader",
        registryWaits);
    counter(out, "sse_events_total", "Events sent to live-stream clients.", sseEvents);
    counter(
        out,
        "sse_dropped_total",
        "Live-stream clients disconnected for being too slow.",
        sseDropped);
    out.family(PREFIX + "sse_clients", "gauge", "Connected live-stream clients.")
        .sample(PREFIX + "sse_clients", Integer.toString(sseClients.getAsInt()));
    lag(out);
    out.family(
        PREFIX + "enrichment_latency_seconds",
        "histogram",
        "Time from ingest (the article's received time) to routing by the publish topology.");
    enrichmentLatency.writeTo(out, PREFIX + "enrichment_latency_seconds");
    return out.toString();
  }

  private void lag(PrometheusText out) {
    String name = PREFIX + "consumer_lag_records";
    out.family(
        name,
        "gauge",
        "Records between a consumer group's position and the end of the topic, per partition.");
    for (Map.Entry<String, LagSource> group : new TreeMap<>(lagSources).entrySet()) {
      Map<Integer, Long> lags;
      try {
        lags = group.getValue().lags().get();
      } catch (RuntimeException e) {
        // A client closing during a route reload: its lag shows again on the next scrape.
        continue;
      }
      for (Map.Entry<Integer, Long> p : new TreeMap<>(lags).entrySet()) {
        out.sample(
            name,
            "group",
            group.getKey(),
            "topic",
            group.getValue().topic(),
            "partition",
            p.getKey(),
            p.getValue());
      }
    }
  }

  private static void count(Map<String, LongAdder> counters, String key) {
    counters.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static long sum(Map<String, LongAdder> counters, String key) {
    LongAdder n = counters.get(key);
    return n == null ? 0 : n.sum();
  }

  private static void counter(PrometheusText out, String name, String help, LongAdder value) {
    out.family(PREFIX + name, "counter", help).sample(PREFIX + name, Long.toString(value.sum()));
  }

  private static void labelled(
      PrometheusText out, String name, String help, String label, Map<String, LongAdder> values) {
    out.family(PREFIX + name, "counter", help);
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(values).entrySet()) {
      out.sample(PREFIX + name, label, e.getKey(), e.getValue().sum());
    }
  }
}
