package io.wirestream.publish;

import io.wirestream.publish.live.EventRing;
import io.wirestream.publish.live.GatewayServer;
import io.wirestream.publish.live.LiveFeed;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.publish.stream.PublishTopology;
import io.wirestream.publish.webhook.WebhookDispatcher;
import io.wirestream.publish.webhook.WebhookSender;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publish service: the publish topology as a Kafka Streams application (exactly-once), the live
 * stream and dashboard over HTTP, and the webhook dispatcher, sharing one route table.
 *
 * <p>When the route file changes, the Streams application is closed and started again on the new
 * table under the same application id: the committed offsets make the switch lose and duplicate
 * nothing, and the topology is stateless, so there is nothing to migrate.
 */
public final class PublishService implements AutoCloseable {

  /** Default Streams application id; instances sharing it share the partitions of news.enriched. */
  public static final String DEFAULT_APPLICATION_ID = "wirestream-publish";

  private static final Logger log = LoggerFactory.getLogger(PublishService.class);

  private final ServiceConfig config;
  private final Topics topics;
  private final PublishMetrics metrics = new PublishMetrics();
  private final Deque<AutoCloseable> parts = new ArrayDeque<>();
  private final GatewayServer gateway;
  private volatile RouteTable routes;
  private volatile KafkaStreams streams;

  /**
   * Starts everything. Routes come from {@code publish.routes.file} when {@code routes} is null.
   */
  public PublishService(ServiceConfig config, Topics topics, RouteTable routes) {
    PublishConfig settings = PublishConfig.from(config);
    this.config = config;
    this.topics = topics;
    this.routes =
        routes != null
            ? routes
            : settings.routesFile() != null
                ? RouteTable.load(settings.routesFile())
                : RouteTable.defaults();
    try {
      startStreams(this.routes);
      EventRing ring = new EventRing(settings.sseBuffer());
      LiveFeed feed =
          remember(new LiveFeed(config.kafkaClient(), topics, ring, settings.sseBuffer(), metrics));
      feed.start();
      gateway =
          remember(
              new GatewayServer(
                  settings.httpHost(),
                  settings.httpPort(),
                  ring,
                  () -> this.routes,
                  this::health,
                  metrics,
                  new GatewayServer.Options(
                      settings.sseClientQueue(),
                      settings.sseMaxClients(),
                      settings.sseHeartbeat())));
      WebhookDispatcher webhooks =
          remember(
              new WebhookDispatcher(
                  config.kafkaClient(),
                  config.get(
                      PublishConfig.WEBHOOK_GROUP_ID_CONFIG, WebhookDispatcher.DEFAULT_GROUP_ID),
                  topics,
                  () -> this.routes,
                  new WebhookSender(
                      settings.webhookAttempts(),
                      settings.webhookBackoff(),
                      settings.webhookTimeout()),
                  metrics));
      webhooks.start();
      if (routes == null && settings.routesFile() != null && !settings.routesPoll().isZero()) {
        remember(new RouteReloader(settings.routesFile(), settings.routesPoll(), this::reload));
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Cannot start the publish HTTP server: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * The Streams properties: the service's client and {@code streams.*} settings over these
   * defaults.
   */
  public static Properties streamsConfig(ServiceConfig config) {
    Map<String, Object> settings = config.streams();
    settings.putIfAbsent(
        StreamsConfig.APPLICATION_ID_CONFIG,
        config.get(PublishConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID));
    // Each enriched record reaches each matching route exactly once, even across crashes and
    // reloads.
    settings.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    settings.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        Topics.MAX_MESSAGE_BYTES);
    Properties props = new Properties();
    props.putAll(settings);
    return props;
  }

  private synchronized void startStreams(RouteTable table) {
    try (Admin admin = Admin.create(config.kafkaClient())) {
      TopicAdmin.ensure(admin, PublishTopology.routeTopics(topics, table));
    }
    Properties props = streamsConfig(config);
    KafkaStreams next = new KafkaStreams(PublishTopology.build(topics, table, metrics), props);
    // The main consumers' fetch metrics are among the application's: its lag on news.enriched.
    String enriched = topics.enriched.name();
    metrics.lagSource(
        String.valueOf(props.get(StreamsConfig.APPLICATION_ID_CONFIG)),
        new PublishMetrics.LagSource(enriched, () -> ConsumerLag.of(next.metrics(), enriched)));
    next.setUncaughtExceptionHandler(
        e -> {
          log.error("Publish stream thread failed; replacing it", e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    next.start();
    streams = next;
  }

  /**
   * Switches to {@code table}: the topology restarts on it, the live stream and webhooks use it at
   * once.
   */
  public synchronized void reload(RouteTable table) {
    // Leave the group at once: the new instance would otherwise wait out the old member's session.
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(30)));
    routes = table;
    startStreams(table);
  }

  private <T extends AutoCloseable> T remember(T part) {
    parts.push(part);
    return part;
  }

  private Map<String, Object> health() {
    KafkaStreams.State state = streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    boolean up =
        state == KafkaStreams.State.RUNNING
            || state == KafkaStreams.State.REBALANCING
            || state == KafkaStreams.State.CREATED;
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("status", up ? "UP" : "DOWN");
    status.put("streams", state.name());
    status.put("routes", routes.routes().stream().map(r -> r.name()).toList());
    status.put("recordsIn", metrics.recordsIn());
    status.put("unmatched", metrics.unmatchedCount());
    status.put("deadLetters", metrics.deadLetterCount());
    return status;
  }

  /** Serves another handler (e.g. HTTP intake) at {@code path} on the dashboard's server. */
  public void mount(String path, com.sun.net.httpserver.HttpHandler handler) {
    gateway.mount(path, handler);
  }

  /** The dashboard's URL, e.g. {@code http://127.0.0.1:8080/}. */
  public String dashboardUrl() {
    return gateway.url();
  }

  public RouteTable routes() {
    return routes;
  }

  public PublishMetrics metrics() {
    return metrics;
  }

  public synchronized KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception e) {
        log.warn("Error while stopping {}: {}", part.getClass().getSimpleName(), e.getMessage());
      }
    }
    synchronized (this) {
      if (streams != null) {
        // Leave the group, as on reload: a stateless app's partitions should move at once.
        streams.close(
            CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
      }
    }
  }
}
