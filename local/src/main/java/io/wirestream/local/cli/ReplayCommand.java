package io.wirestream.local.cli;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.enrich.stream.EnrichTopology;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.PublishService;
import io.wirestream.publish.replay.ReplayStage;
import io.wirestream.publish.replay.StreamsReset;
import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.publish.stream.PublishTopology;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wirestream replay}: rebuilds news.enriched and the route topics from news.raw.
 *
 * <p>In place (no {@code --to}): the enrich and publish applications must be stopped; their
 * committed offsets are reset the way Kafka's streams reset tool does (enrich to the start point on
 * news.raw, publish to the end of news.enriched so it routes only the rebuilt records), then both
 * run here until caught up. Blue/green ({@code --to SUFFIX}): both topologies run under new
 * application ids into {@code news.enriched.SUFFIX} and {@code news.out.<route>.SUFFIX}, beside the
 * running pipeline; switch consumers over when satisfied.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild news.enriched and the route topics from news.raw, in place or into suffixed topics.")
public final class ReplayCommand implements Callable<Integer> {

  private static final Pattern SUFFIX = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--from",
      defaultValue = "earliest",
      paramLabel = "earliest|ISO-TIME",
      description =
          "Replay news.raw records from the beginning, or from this time on (e.g. 2024-04-24T00:00:00Z).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "SUFFIX",
      description =
          "Blue/green: write news.enriched.SUFFIX and news.out.<route>.SUFFIX instead of rebuilding in place.")
  String suffix;

  @Option(
      names = "--routes",
      paramLabel = "FILE",
      description =
          "Route table to replay with (default: publish.routes.file, else the single route 'all').")
  Path routesFile;

  @Option(
      names = "--timeout-minutes",
      defaultValue = "60",
      description = "Give up after this long (default: ${DEFAULT-VALUE}).")
  long timeoutMinutes;

  /** What a replay did. */
  public record Summary(
      long rawRecords,
      String enrichedTopic,
      PublishMetrics publish,
      List<Route> routes,
      Duration took) {}

  @Override
  public Integer call() {
    Instant start;
    try {
      start = "earliest".equalsIgnoreCase(from) ? null : Instant.parse(from);
    } catch (DateTimeParseException e) {
      System.err.println(
          "--from must be 'earliest' or an ISO-8601 instant such as 2024-04-24T00:00:00Z, got '"
              + from
              + "'");
      return 2;
    }
    if (suffix != null && !SUFFIX.matcher(suffix).matches()) {
      System.err.println("--to must be letters, digits, '_' or '-', got '" + suffix + "'");
      return 2;
    }
    ServiceConfig config = connection.load();
    Path file =
        routesFile != null
            ? routesFile
            : config.get(PublishConfig.ROUTES_FILE_CONFIG, "").isBlank()
                ? null
                : Path.of(config.get(PublishConfig.ROUTES_FILE_CONFIG, ""));
    RouteTable routes = file != null ? RouteTable.load(file) : RouteTable.defaults();
    try {
      replay(config, routes, start, suffix, Duration.ofMinutes(timeoutMinutes), System.out);
      return 0;
    } catch (IllegalStateException e) {
      System.err.println("Replay failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs a replay and prints its progress and summary to {@code out}; {@code suffix} null means in
   * place.
   */
  public static Summary replay(
      ServiceConfig config,
      RouteTable routes,
      Instant from,
      String suffix,
      Duration timeout,
      PrintStream out) {
    long began = System.nanoTime();
    SchemaRegistryClient registry = SchemaRegistryClient.fromConfig(config.values());
    Topics live = Topics.from(config.values(), registry);
    ServiceConfig target = config;
    RouteTable targetRoutes = routes;
    String enrichId =
        EnrichService.streamsConfig(config).getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    String publishId =
        PublishService.streamsConfig(config).getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    if (suffix != null) {
      target =
          config
              .with(Topics.ENRICHED_TOPIC_CONFIG, live.enriched.name() + "." + suffix)
              .with(Topics.DLQ_TOPIC_CONFIG, live.dlq.name() + "." + suffix);
      targetRoutes = routes.withTopicSuffix(suffix);
      enrichId = "wirestream-replay-" + suffix + "-enrich";
      publishId = "wirestream-replay-" + suffix + "-publish";
    }
    Topics topics = Topics.from(target.values(), registry);
    PublishMetrics metrics = new PublishMetrics();
    long rawRecords;
    try (Admin admin = Admin.create(config.kafkaClient())) {
      StreamsReset.requireInactive(admin, enrichId);
      StreamsReset.requireInactive(admin, publishId);
      if (suffix != null) {
        requireFresh(admin, topics.enriched.name());
      }
      List<Topics.TopicDef<?, ?>> outputs = new ArrayList<>(List.of(topics.enriched, topics.dlq));
      outputs.addAll(PublishTopology.routeTopics(topics, targetRoutes));
      TopicAdmin.ensure(admin, outputs);
      for (String id : List.of(enrichId, publishId)) {
        List<String> deleted = StreamsReset.deleteInternalTopics(admin, id);
        if (!deleted.isEmpty()) {
          out.println("Deleted internal topics " + deleted);
        }
      }
      StreamsReset.resetTo(admin, enrichId, live.raw.name(), from);
      if (suffix == null) {
        StreamsReset.resetToEnd(admin, publishId, topics.enriched.name());
      } else {
        StreamsReset.resetTo(admin, publishId, topics.enriched.name(), null);
      }
      out.println(
          "Replaying "
              + live.raw.name()
              + (from == null ? " from the beginning" : " from " + from)
              + " -> "
              + topics.enriched.name()
              + " -> "
              + targetRoutes.routes().stream().map(Route::topic).toList()
              + (suffix == null ? " (in place)" : " (blue/green)"));
      Consumer<ReplayStage.Progress> progress = printer(out);
      rawRecords =
          new ReplayStage(
                  "enrich",
                  EnrichTopology.build(topics, Enricher.standard()),
                  streamsConfig(EnrichService.streamsConfig(target), enrichId),
                  live.raw.name())
              .run(admin, config.kafkaClient(), progress, timeout);
      new ReplayStage(
              "publish",
              PublishTopology.build(topics, targetRoutes, metrics),
              streamsConfig(PublishService.streamsConfig(target), publishId),
              topics.enriched.name())
          .run(admin, config.kafkaClient(), progress, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Summary summary =
        new Summary(
            rawRecords,
            topics.enriched.name(),
            metrics,
            targetRoutes.routes(),
            Duration.ofNanos(System.nanoTime() - began));
    print(summary, live.raw.name(), out);
    return summary;
  }

  private static Properties streamsConfig(Properties base, String applicationId) {
    Properties props = new Properties();
    props.putAll(base);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    // A replay is one pass; commit often so its progress (read from committed offsets) is current.
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    return props;
  }

  private static void requireFresh(Admin admin, String topic) throws InterruptedException {
    try {
      if (admin.listTopics().names().get().contains(topic)) {
        throw new IllegalStateException(
            "Topic " + topic + " already exists; replay into a new suffix (or delete it first)");
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(
          "Cannot list topics: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Prints a stage's progress at most every two seconds, and when it completes. */
  private static Consumer<ReplayStage.Progress> printer(PrintStream out) {
    long[] last = {0};
    return p -> {
      long now = System.nanoTime();
      if (p.done() >= p.total() || now - last[0] > Duration.ofSeconds(2).toNanos()) {
        last[0] = now;
        out.printf("  %-8s %,d / %,d records%n", p.stage(), p.done(), p.total());
      }
    };
  }

  private static void print(Summary s, String rawTopic, PrintStream out) {
    out.printf("Replay done in %.1f s:%n", s.took().toMillis() / 1000.0);
    out.printf("  %s -> %s: %,d records replayed%n", rawTopic, s.enrichedTopic(), s.rawRecords());
    out.printf(
        "  routed %,d records: unmatched %,d, dead letters %,d%n",
        s.publish().recordsIn(), s.publish().unmatchedCount(), s.publish().deadLetterCount());
    for (Route r : s.routes()) {
      out.printf("  %-20s -> %s: %,d%n", r.name(), r.topic(), s.publish().routedCount(r.name()));
    }
  }
}
