package io.wirestream.local.bench;

import io.wirestream.avro.SourceKind;
import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.enrich.stream.EnrichTopology;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.kafka.ItemOutcome;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.local.LocalStack;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The end-to-end benchmark on the embedded stack: generated HTML pages through ingest (parse,
 * clean, produce) and the exactly-once enrich application to news.enriched, first at a fixed
 * offered load, then at saturation; then, over the same news.raw records, a pass-through Streams
 * application (the baseline) and a replay of the enrich topology under a fresh application id.
 *
 * <p>Latency is from the moment a page is due (fixed-rate phase) or handed to ingest (saturation)
 * to the broker's append time of its news.enriched record (the topic is switched to LogAppendTime
 * for the run), and, separately, to the moment a read_committed reader sees it (which adds the
 * transaction commit interval).
 */
final class EndToEndBench implements AutoCloseable {

  private static final String COPY_TOPIC = "news.bench.copy";
  private static final String REPLAY_TOPIC = "news.bench.replay";
  private static final String REPLAY_DLQ_TOPIC = "news.bench.replay-dlq";
  private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(10);

  private final ArticleGenerator generator;
  private final LocalStack stack;
  private final Map<String, Object> client;
  private final SourceInfo source = new SourceInfo("bench", SourceKind.FILE, null);

  /** One ingested page: its article id, when it was offered and its text size. */
  private record Offered(String id, long offeredAt, long textBytes) {}

  EndToEndBench(Path dataDir, ArticleGenerator generator) {
    this.generator = generator;
    this.stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir));
    this.client = stack.config().kafkaClient();
  }

  /** Runs every phase and returns the figures, keyed as in the JSON report. */
  Map<String, Object> run(int articles, int rate, int seconds) throws Exception {
    prepareTopics();
    Topics topics = stack.topics();
    Map<String, Object> figures = new LinkedHashMap<>();
    int warm = Math.max(50, Math.min(500, articles / 10));
    int fixed = Math.max(1, rate * seconds);
    try (TopicWatcher enriched = new TopicWatcher(client, topics.enriched.name());
        IngestService ingest = IngestService.connect(client, topics, Clock.systemUTC())) {
      List<Offered> warmUp = offer(ingest, 0, warm, 0);
      await(enriched, warmUp.size(), "warm-up");

      List<Offered> steady = offer(ingest, warm, warm + fixed, rate);
      await(enriched, (long) warmUp.size() + steady.size(), "fixed-rate phase");
      Map<String, Object> fixedRate = new LinkedHashMap<>();
      fixedRate.put("offeredPerSecond", rate);
      fixedRate.put("articles", steady.size());
      long offerSpan = steady.get(steady.size() - 1).offeredAt() - steady.get(0).offeredAt();
      fixedRate.put(
          "achievedOfferPerSecond",
          StageBench.round((steady.size() - 1) / Math.max(1e-3, offerSpan / 1e3)));
      fixedRate.putAll(latencies(steady, enriched));
      figures.put("fixedRate", fixedRate);

      List<Offered> burst = offer(ingest, warm + fixed, warm + fixed + articles, 0);
      long offerEnd = System.currentTimeMillis();
      await(enriched, (long) warmUp.size() + steady.size() + burst.size(), "saturation phase");
      long lastAppend =
          burst.stream().mapToLong(o -> enriched.seen(o.id()).timestamp()).max().orElse(0);
      long start = burst.get(0).offeredAt();
      long bytes = burst.stream().mapToLong(Offered::textBytes).sum();
      Map<String, Object> saturation = new LinkedHashMap<>();
      saturation.put("articles", burst.size());
      saturation.put(
          "ingestOfferPerSecond",
          StageBench.round(burst.size() / Math.max(1e-3, (offerEnd - start) / 1e3)));
      saturation.putAll(StageBench.rate(burst.size(), bytes, (lastAppend - start) * 1_000_000L));
      saturation.putAll(latencies(burst, enriched));
      figures.put("saturation", saturation);
      figures.put("peakRssMb", PeakMemory.peakRssMb());

      long total = warmUp.size() + steady.size() + burst.size();
      long allBytes =
          bytes
              + warmUp.stream().mapToLong(Offered::textBytes).sum()
              + steady.stream().mapToLong(Offered::textBytes).sum();
      figures.put(
          "passThrough",
          streamsRun(
              PassThroughTopology.build(topics, COPY_TOPIC),
              "bench-passthrough",
              COPY_TOPIC,
              total,
              allBytes));
      Map<String, Object> replay =
          streamsRun(
              EnrichTopology.build(replayTopics(), Enricher.standard()),
              "bench-replay",
              REPLAY_TOPIC,
              total,
              allBytes);
      double perSecond = (double) replay.get("recordsPerSecond");
      replay.put(
          "extrapolatedSecondsFor1M", StageBench.round(1_000_000 / Math.max(1e-9, perSecond)));
      figures.put("replay", replay);
    }
    return figures;
  }

  /**
   * Offers pages {@code [from, to)} to ingest, paced at {@code perSecond} (0: as fast as it goes).
   */
  private List<Offered> offer(IngestService ingest, int from, int to, int perSecond)
      throws InterruptedException {
    List<InputDocument> pages = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      pages.add(
          new InputDocument(
              "bench/page-" + i + ".html",
              generator.html(i).getBytes(StandardCharsets.UTF_8),
              "text/html"));
    }
    List<Offered> offered = new ArrayList<>(pages.size());
    long start = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    for (int i = 0; i < pages.size(); i++) {
      long now = System.currentTimeMillis();
      if (perSecond > 0) {
        long wait = start + (long) (i * 1e9 / perSecond) - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        // Latency counts from when the page was due, so a backlog shows (no coordinated omission).
        now = startMillis + (long) (i * 1000.0 / perSecond);
      }
      for (ItemOutcome outcome : ingest.ingest(pages.get(i), source)) {
        if (outcome.status() != ItemOutcome.Status.REJECTED) {
          // One generated page is one article: its size is the page's.
          offered.add(new Offered(outcome.id(), now, pages.get(i).bytes().length));
        }
      }
    }
    ingest.flush();
    if (offered.isEmpty()) {
      throw new IllegalStateException(
          "Ingest accepted none of the generated pages: " + ingest.counts());
    }
    return offered;
  }

  private static Map<String, Object> latencies(List<Offered> offered, TopicWatcher enriched) {
    Latencies append = new Latencies();
    Latencies visible = new Latencies();
    for (Offered o : offered) {
      TopicWatcher.Seen seen = enriched.seen(o.id());
      append.add(seen.timestamp() - o.offeredAt());
      visible.add(seen.visibleAt() - o.offeredAt());
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("latencyToAppendMs", append.summary());
    figures.put("latencyToVisibleMs", visible.summary());
    return figures;
  }

  /**
   * Runs a Streams application from the beginning of news.raw until it has written {@code total}
   * records.
   */
  private Map<String, Object> streamsRun(
      Topology topology, String name, String output, long total, long bytes) throws Exception {
    ServiceConfig config =
        stack
            .config()
            .with("streams.application.id", name + "-" + System.currentTimeMillis())
            .with(
                "streams.state.dir",
                stack.config().get("streams.state.dir", "streams") + "-" + name);
    Properties props = EnrichService.streamsConfig(config);
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    long start = System.nanoTime();
    try (TopicWatcher watcher = new TopicWatcher(client, output);
        KafkaStreams streams = new KafkaStreams(topology, props)) {
      streams.start();
      await(watcher, total, name);
      long wall = System.nanoTime() - start;
      long span = Math.max(1, watcher.lastTimestamp() - watcher.firstTimestamp());
      Map<String, Object> figures = StageBench.rate(total, bytes, span * 1_000_000L);
      figures.put("wallSecondsWithStartup", StageBench.round(wall / 1e9));
      streams.close(Duration.ofSeconds(30));
      return figures;
    }
  }

  private Topics replayTopics() {
    Map<String, String> values = new HashMap<>(stack.config().values());
    values.put(Topics.ENRICHED_TOPIC_CONFIG, REPLAY_TOPIC);
    values.put(Topics.DLQ_TOPIC_CONFIG, REPLAY_DLQ_TOPIC);
    return Topics.from(values, SchemaRegistryClient.fromConfig(values));
  }

  /**
   * Output topics of the run, with broker append time as record timestamp so latency is measurable.
   */
  private void prepareTopics() throws ExecutionException, InterruptedException {
    Map<String, String> settings =
        Map.of(
            "message.timestamp.type",
            "LogAppendTime",
            "max.message.bytes",
            String.valueOf(Topics.MAX_MESSAGE_BYTES));
    // Outputs partitioned like news.raw, as the enrich topology's own output is.
    int partitions = stack.topics().raw.partitions();
    try (Admin admin = Admin.create(client)) {
      List<NewTopic> created =
          List.of(
              new NewTopic(COPY_TOPIC, partitions, (short) 1).configs(settings),
              new NewTopic(REPLAY_TOPIC, partitions, (short) 1).configs(settings),
              new NewTopic(REPLAY_DLQ_TOPIC, 1, (short) 1));
      admin.createTopics(created).all().get();
      TopicAdmin.awaitLeaders(admin, created);
      ConfigResource enriched =
          new ConfigResource(ConfigResource.Type.TOPIC, stack.topics().enriched.name());
      admin
          .incrementalAlterConfigs(
              Map.of(
                  enriched,
                  List.of(
                      new AlterConfigOp(
                          new ConfigEntry("message.timestamp.type", "LogAppendTime"),
                          AlterConfigOp.OpType.SET))))
          .all()
          .get();
    }
  }

  private static void await(TopicWatcher watcher, long count, String phase)
      throws InterruptedException {
    if (!watcher.awaitRecords(count, PHASE_TIMEOUT)) {
      throw new IllegalStateException(
          "The "
              + phase
              + " did not complete: "
              + watcher.records()
              + " of "
              + count
              + " records after "
              + PHASE_TIMEOUT.toMinutes()
              + " minutes");
    }
  }

  /** Bulk ingest from a folder next to the bare producer rate, on this run's stack. */
  Map<String, Object> folderIngest(Path folder, int articles) throws java.io.IOException {
    return FolderIngestBench.run(stack.config().values(), generator, folder, articles);
  }

  @Override
  public void close() {
    stack.close();
  }
}
