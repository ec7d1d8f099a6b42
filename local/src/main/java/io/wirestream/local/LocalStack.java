package io.wirestream.local;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.ingest.http.IntakeHandler;
import io.wirestream.ingest.source.InboxWatcher;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.PublishService;
import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.SchemaRegistryServer;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything in one process: the embedded KRaft broker, the embedded registry, and the services.
 * This is {@code wirestream up}, and the fixture of the end-to-end tests. Closing stops the parts
 * in reverse order of start.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  /** Where and on which ports the stack runs; port 0 picks a free one. */
  public record Settings(
      Path dataDir, Path inbox, String host, int kafkaPort, int controllerPort, int registryPort) {
    public static Settings defaults(Path dataDir) {
      return new Settings(dataDir, dataDir.resolve("inbox"), "127.0.0.1", 9092, 9093, 8081);
    }

    public static Settings freePorts(Path dataDir) {
      return new Settings(dataDir, dataDir.resolve("inbox"), "127.0.0.1", 0, 0, 0);
    }
  }

  public static final String INTAKE_TOKEN_CONFIG = "intake.token";
  public static final String INTAKE_TOKEN_DOC =
      "Bearer token POST /articles requires (env WIRESTREAM_INTAKE_TOKEN); none by default, on loopback.";
  public static final String INTAKE_MAX_BYTES_CONFIG = "intake.max.bytes";
  public static final String INTAKE_MAX_BYTES_DOC =
      "Largest POST /articles body; larger requests get 413.";

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;
  private final ServiceConfig config;
  private final Topics topics;
  private Path inbox;
  private EnrichService enrich;
  private PublishService publish;

  private LocalStack(Settings settings, Map<String, String> extraConfig) {
    try {
      broker =
          remember(
              EmbeddedKafkaBroker.start(
                  settings.dataDir(),
                  settings.host(),
                  settings.kafkaPort(),
                  settings.controllerPort(),
                  Map.of()));
      Map<String, Object> registryProps = new HashMap<>();
      registryProps.put(
          RegistryConfig.LISTENERS_CONFIG,
          "http://" + settings.host() + ":" + settings.registryPort());
      registryProps.put(
          RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      registryProps.put(RegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG, 1);
      registry =
          remember(SchemaRegistryServer.withKafkaStore(new RegistryConfig(registryProps)).start());

      Map<String, String> values = new HashMap<>(extraConfig);
      values.put(ServiceConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      values.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url());
      values.putIfAbsent("streams.state.dir", settings.dataDir().resolve("streams").toString());
      values.putIfAbsent(PublishConfig.HTTP_HOST_CONFIG, settings.host());
      // Settings.freePorts (Kafka port 0) means every port is picked free, the dashboard's too.
      values.putIfAbsent(PublishConfig.HTTP_PORT_CONFIG, settings.kafkaPort() == 0 ? "0" : "8080");
      config = ServiceConfig.of(values);
      topics = Topics.from(config.values(), SchemaRegistryClient.fromConfig(config.values()));
      try (Admin admin = Admin.create(config.kafkaClient())) {
        TopicAdmin.ensure(admin, topics.all());
      }
      enrich = remember(new EnrichService(config, topics, Enricher.standard()));
      enrich.start();
      publish = remember(new PublishService(config, topics, null));
      IngestService inboxIngest =
          remember(IngestService.connect(config.kafkaClient(), topics, Clock.systemUTC()));
      remember(new InboxWatcher(settings.inbox(), inboxIngest, Duration.ofSeconds(1)));
      publish.mount(
          IntakeHandler.PATH,
          new IntakeHandler(
              inboxIngest,
              config.get(INTAKE_TOKEN_CONFIG, null),
              Long.parseLong(
                  config.get(INTAKE_MAX_BYTES_CONFIG, String.valueOf(16L * 1024 * 1024)))));
      inbox = settings.inbox();
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Cannot create the inbox " + settings.inbox(), e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the whole stack. */
  public static LocalStack start(Settings settings) {
    return new LocalStack(settings, Map.of());
  }

  /** Starts the whole stack with extra service settings (topic names, streams.* ...). */
  public static LocalStack start(Settings settings, Map<String, String> extraConfig) {
    return new LocalStack(settings, extraConfig);
  }

  private <T extends AutoCloseable> T remember(T part) {
    started.push(part);
    return part;
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** The watched folder: a file dropped here is ingested once. */
  public Path inbox() {
    return inbox;
  }

  public String registryUrl() {
    return registry.url();
  }

  /** The configuration clients of this stack use (bootstrap servers, registry URL, topics). */
  public ServiceConfig config() {
    return config;
  }

  public Topics topics() {
    return topics;
  }

  /** The publish service: routes, live stream, dashboard, webhooks. */
  public PublishService publish() {
    return publish;
  }

  /** The dashboard's URL; the live stream is under {@code stream}. */
  public String dashboardUrl() {
    return publish.dashboardUrl();
  }

  /**
   * Stops the enrich and publish services (broker, registry and ingest stay up), as an operator
   * does before an in-place replay; the dashboard goes with publish. Their group memberships are
   * removed at once: a stopped Streams member would otherwise count as running until its session
   * expires.
   */
  public void stopApplications() {
    for (AutoCloseable service : new AutoCloseable[] {publish, enrich}) {
      if (started.remove(service)) {
        try {
          service.close();
        } catch (Exception e) {
          log.warn(
              "Error while stopping {}: {}", service.getClass().getSimpleName(), e.getMessage());
        }
      }
    }
    List<String> groups =
        List.of(
            EnrichService.streamsConfig(config).getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
            PublishService.streamsConfig(config).getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
    try (Admin admin = Admin.create(config.kafkaClient())) {
      for (String group : groups) {
        try {
          admin
              .removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions())
              .all()
              .get();
        } catch (ExecutionException e) {
          // No members left, or no such group: nothing to remove.
          log.debug("Group {}: {}", group, e.getCause().getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        log.warn("Error while stopping {}: {}", part.getClass().getSimpleName(), e.getMessage());
      }
    }
  }
}
