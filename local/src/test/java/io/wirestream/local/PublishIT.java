package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.Stage;
import io.wirestream.local.cli.ReplayCommand;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.publish.webhook.WebhookSignature;
import io.wirestream.schemas.Topics;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish service in the embedded stack, end to end: raw articles are enriched and routed to
 * their topics and JSON mirrors, reach a live-stream client and a webhook receiver, a failing
 * webhook ends in the dead letter topic, a blue/green replay rebuilds identical topics, a changed
 * route file takes effect, and, with the applications stopped, an in-place replay writes the same
 * records again. Ordered: later tests add an article, then stop the applications.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "it-secret";

  @TempDir static Path dataDir;
  static LocalStack stack;
  static HttpServer receiver;
  static Path routesFile;
  static final List<byte[]> hookBodies = new CopyOnWriteArrayList<>();
  static final List<String> hookSignatures = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/ok",
        exchange -> {
          try (exchange) {
            hookBodies.add(exchange.getRequestBody().readAllBytes());
            hookSignatures.add(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    receiver.createContext(
        "/broken",
        exchange -> {
          try (exchange) {
            exchange.sendResponseHeaders(500, -1);
          }
        });
    receiver.start();
    String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    routesFile = dataDir.resolve("routes.yaml");
    Files.writeString(
        routesFile,
        """
        routes:
          - name: all
            cleanup: compact
          - name: conflict
            match: {text: [ceasefire]}
            json: true
            webhook: {url: '%s/ok', secret: %s}
          - name: broken
            match: {source: [markets desk]}
            webhook: '%s/broken'
        """
            .formatted(base, SECRET, base));
    stack =
        LocalStack.start(
            LocalStack.Settings.freePorts(dataDir.resolve("stack")),
            Map.of(
                PublishConfig.ROUTES_FILE_CONFIG, routesFile.toString(),
                PublishConfig.WEBHOOK_ATTEMPTS_CONFIG, "2",
                PublishConfig.WEBHOOK_BACKOFF_MS_CONFIG, "10",
                PublishConfig.SSE_HEARTBEAT_MS_CONFIG, "300"));
    Topics topics = stack.topics();
    try (KafkaProducer<String, RawArticle> producer =
        new KafkaProducer<>(
            stack.config().kafkaClient(),
            new StringSerializer(),
            topics.raw.valueSerde().serializer())) {
      for (RawArticle a :
          List.of(
              article("p-1", "world desk", "Ceasefire talks resume", "Negotiators met on Friday."),
              article("p-2", "world desk", "Border calm", "The ceasefire held overnight."),
              article("p-3", "markets desk", "Shares rise", "Stocks closed higher on Tuesday."))) {
        producer.send(new ProducerRecord<>(topics.raw.name(), a.getId(), a)).get();
      }
    }
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
    receiver.stop(0);
  }

  static RawArticle article(String id, String source, String headline, String body) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSource(Source.newBuilder().setName(source).setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline(headline)
        .setBody(body)
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse("2024-04-24T09:00:01Z"))
        .setContentHash("h-" + id)
        .build();
  }

  @Test
  @Order(1)
  void routesFillTheirTopicsAndJsonMirror() throws Exception {
    assertThat(readAll("news.out.all", 3).keySet()).containsExactlyInAnyOrder("p-1", "p-2", "p-3");
    assertThat(readAll("news.out.conflict", 2).keySet()).containsExactlyInAnyOrder("p-1", "p-2");
    Map<String, byte[]> mirror = readAll("news.out.conflict.json", 2);
    JsonNode json = JSON.readTree(mirror.get("p-1"));
    assertThat(json.get("headline").asText()).isEqualTo("Ceasefire talks resume");
    assertThat(json.get("published").asText()).isEqualTo("2024-04-24T09:00:00Z");
  }

  @Test
  @Order(2)
  void liveStreamClientReceivesTheRouteArticles() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<String> ids = new ArrayList<>();
    List<String> eventIds = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    // Until the articles are enriched, the stream has nothing to send; reconnect with the last id
    // seen.
    while (ids.size() < 2 && System.nanoTime() < deadline) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
              URI.create(stack.dashboardUrl() + "stream?route=conflict&backlog=10"));
      if (!eventIds.isEmpty()) {
        request.header("Last-Event-ID", eventIds.get(eventIds.size() - 1));
      }
      HttpResponse<java.io.InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        for (String line;
            ids.size() < 2
                && System.nanoTime() < deadline
                && (line = reader.readLine()) != null; ) {
          if (line.startsWith("id: ")) {
            eventIds.add(line.substring(4));
          } else if (line.startsWith("data: ")) {
            ids.add(JSON.readTree(line.substring(6)).get("id").asText());
          }
        }
      }
    }
    assertThat(ids).containsExactlyInAnyOrder("p-1", "p-2");
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.dashboardUrl() + "metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body())
        .contains("wirestream_publish_records_out_total{route=\"conflict\"}")
        .contains(
            "wirestream_publish_consumer_lag_records{group=\"wirestream-publish\",topic=\"news.enriched\",partition=")
        // The fixtures were received in 2024: every one lands above the last bound.
        .contains("wirestream_publish_enrichment_latency_seconds_bucket{le=\"900\"} 0")
        .doesNotContain("wirestream_publish_enrichment_latency_seconds_count 0");
  }

  @Test
  @Order(3)
  void webhookReceivesSignedArticlesAndAFailingOneIsDeadLettered() throws Exception {
    await().atMost(Duration.ofSeconds(90)).until(() -> hookBodies.size() >= 2);
    for (int i = 0; i < hookBodies.size(); i++) {
      assertThat(WebhookSignature.verify(SECRET, hookBodies.get(i), hookSignatures.get(i)))
          .isTrue();
    }
    assertThat(hookBodies)
        .extracting(b -> JSON.readTree(b).get("id").asText())
        .contains("p-1", "p-2");

    Topics topics = stack.topics();
    DeadLetter dead = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    try (KafkaConsumer<byte[], DeadLetter> consumer =
        consumer(new ByteArrayDeserializer(), topics.dlq.valueSerde().deserializer())) {
      consumer.subscribe(List.of(topics.dlq.name()));
      while (dead == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], DeadLetter> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value().getStage() == Stage.PUBLISH) {
            dead = r.value();
          }
        }
      }
    }
    assertThat(dead).isNotNull();
    assertThat(dead.getErrorMessage())
        .contains("webhook of route 'broken'", "failed after 2 attempt(s): HTTP 500");
    assertThat(dead.getOrigin().getTopic()).isEqualTo(topics.enriched.name());
    assertThat(new String(dead.getKey().array(), StandardCharsets.UTF_8)).isEqualTo("p-3");
  }

  @Test
  @Order(4)
  void blueGreenReplayRebuildsByteIdenticalTopics() throws Exception {
    Map<String, byte[]> enriched = readAll("news.enriched", 3);
    Map<String, byte[]> conflict = readAll("news.out.conflict", 2);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ReplayCommand.Summary summary =
        ReplayCommand.replay(
            stack.config(),
            RouteTable.load(routesFile),
            null,
            "green",
            Duration.ofMinutes(3),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(summary.rawRecords()).isEqualTo(3);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("Replay done", "news.out.conflict.green: 2");
    assertSameValues(readAll("news.enriched.green", 3), enriched);
    assertSameValues(readAll("news.out.conflict.green", 2), conflict);
  }

  @Test
  @Order(4)
  void inPlaceReplayRefusesWhileThePipelineRuns() {
    assertThatThrownBy(
            () ->
                ReplayCommand.replay(
                    stack.config(),
                    RouteTable.load(routesFile),
                    null,
                    null,
                    Duration.ofMinutes(1),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .hasMessageContaining("The Streams application 'wirestream-enrich' is running")
        .hasMessageContaining("--to SUFFIX");
  }

  @Test
  @Order(5)
  void changedRouteFileAppliesToTheNextArticles() throws Exception {
    String routes = Files.readString(routesFile);
    Files.writeString(routesFile, routes + "  - name: late\n    match: {text: [ceasefire]}\n");
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                http.send(
                        HttpRequest.newBuilder(URI.create(stack.dashboardUrl() + "routes")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body()
                    .contains("\"late\""));
    Topics topics = stack.topics();
    try (KafkaProducer<String, RawArticle> producer =
        new KafkaProducer<>(
            stack.config().kafkaClient(),
            new StringSerializer(),
            topics.raw.valueSerde().serializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  topics.raw.name(),
                  "p-4",
                  article("p-4", "world desk", "Ceasefire extended", "The truce holds.")))
          .get();
    }
    assertThat(readAll("news.out.late", 1).keySet()).containsExactly("p-4");
    // The restart under the same application id resumed from its committed offsets: the old routes
    // still work.
    assertThat(readAll("news.out.conflict", 3).keySet())
        .containsExactlyInAnyOrder("p-1", "p-2", "p-4");
    // ...and wrote nothing twice: the old app's last transaction was committed or aborted.
    assertThat(recordCount("news.out.conflict")).isEqualTo(3);
  }

  @Test
  @Order(6)
  void inPlaceReplayAfterStoppingTheApplicationsRebuildsTheSameRecords() throws Exception {
    Map<String, byte[]> enriched = readAll("news.enriched", 4);
    Map<String, byte[]> conflict = readAll("news.out.conflict", 3);
    Map<TopicPartition, Long> enrichedEnd = endOffsets("news.enriched");
    Map<TopicPartition, Long> conflictEnd = endOffsets("news.out.conflict");
    stack.stopApplications();

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ReplayCommand.Summary summary =
        ReplayCommand.replay(
            stack.config(),
            RouteTable.load(routesFile),
            null,
            null,
            Duration.ofMinutes(3),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(summary.rawRecords()).isEqualTo(4);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("(in place)", "Replay done");
    // Written again after what was there, with the same bytes.
    assertSameValues(readFrom("news.enriched", enrichedEnd, 4), enriched);
    assertSameValues(readFrom("news.out.conflict", conflictEnd, 3), conflict);
  }

  private static Map<TopicPartition, Long> endOffsets(String topic) {
    try (KafkaConsumer<String, byte[]> consumer =
        consumer(new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      return consumer.endOffsets(partitions);
    }
  }

  /** The latest value per key of the records at or after {@code from}, until {@code keys} seen. */
  private static Map<String, byte[]> readFrom(
      String topic, Map<TopicPartition, Long> from, int keys) {
    Map<String, byte[]> out = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    try (KafkaConsumer<String, byte[]> consumer =
        consumer(new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(from.keySet());
      from.forEach(consumer::seek);
      while (out.size() < keys && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.put(r.key(), r.value());
        }
      }
    }
    return out;
  }

  private static void assertSameValues(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (key, value) -> assertThat(actual.get(key)).as("value of %s", key).isEqualTo(value));
  }

  /** The latest value per key of a topic, read until {@code keys} keys were seen. */
  private static Map<String, byte[]> readAll(String topic, int keys) {
    Map<String, byte[]> out = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    try (KafkaConsumer<String, byte[]> consumer =
        consumer(new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      while (out.size() < keys && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.put(r.key(), r.value());
        }
      }
    }
    return out;
  }

  /** Every committed record of {@code topic}, counted up to the end of each partition. */
  private static long recordCount(String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long count = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        count += consumer.poll(Duration.ofMillis(200)).count();
      }
      return count;
    }
  }

  private static <K, V> KafkaConsumer<K, V> consumer(
      org.apache.kafka.common.serialization.Deserializer<K> keys,
      org.apache.kafka.common.serialization.Deserializer<V> values) {
    Map<String, Object> props = stack.config().kafkaClient();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "publish-it-" + System.nanoTime());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, keys, values);
  }
}
