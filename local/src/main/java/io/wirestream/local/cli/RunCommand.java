package io.wirestream.local.cli;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.PublishService;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wirestream run SERVICE}: one service on its own against an external Kafka cluster and
 * registry (one container per service in docker-compose; several enrich instances share the
 * partitions of news.raw through their common application id).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run one service against an external Kafka and Schema Registry, until stopped.")
public final class RunCommand {

  @Command(
      name = "enrich",
      mixinStandardHelpOptions = true,
      description = "The enrich Streams application: news.raw -> news.enriched, exactly-once.")
  int enrich(@Mixin ConnectionOptions connection) throws InterruptedException {
    ServiceConfig config = connection.load();
    Topics topics = ensureTopics(config);
    EnrichService service = new EnrichService(config, topics, Enricher.standard());
    service.start();
    System.out.println(
        "Enrich service running: " + topics.raw.name() + " -> " + topics.enriched.name());
    awaitShutdown(service);
    return 0;
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "The ingest service: an inbox folder, polled feeds and HTTP intake (POST /articles) into news.raw.")
  int ingest(@Mixin ConnectionOptions connection, @Mixin IngestSourceOptions sources)
      throws Exception {
    ServiceConfig config = connection.load();
    Topics topics = ensureTopics(config);
    IngestService ingest = IngestService.connect(config.kafkaClient(), topics, Clock.systemUTC());
    AutoCloseable running = sources.start(ingest, System.out);
    awaitShutdown(
        () -> {
          running.close();
          ingest.close();
        });
    return 0;
  }

  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      description =
          "The publish service: routes news.enriched to route topics, live stream and dashboard, webhooks.")
  int publish(
      @Mixin ConnectionOptions connection,
      @Option(
              names = "--routes",
              paramLabel = "FILE",
              description = "Route table (YAML or JSON); re-read when it changes.")
          Path routes)
      throws InterruptedException {
    ServiceConfig config = connection.load();
    if (routes != null) {
      config = config.with(PublishConfig.ROUTES_FILE_CONFIG, routes.toAbsolutePath().toString());
    }
    PublishService service = new PublishService(config, ensureTopics(config), null);
    System.out.println(
        "Publish service running: "
            + service.routes().routes().size()
            + " route(s); dashboard "
            + service.dashboardUrl());
    awaitShutdown(service);
    return 0;
  }

  static Topics ensureTopics(ServiceConfig config) {
    Topics topics = Topics.from(config.values(), SchemaRegistryClient.fromConfig(config.values()));
    try (Admin admin = Admin.create(config.kafkaClient())) {
      TopicAdmin.ensure(admin, topics.all());
    }
    return topics;
  }

  private static void awaitShutdown(AutoCloseable service) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    service.close();
                  } catch (Exception e) {
                    System.err.println("Error while stopping: " + e.getMessage());
                  }
                  stopped.countDown();
                },
                "wirestream-shutdown"));
    stopped.await();
  }
}
