package io.wirestream.publish.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirestream.avro.DeadLetter;
import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.SwitchableRegistry;
import io.wirestream.publish.consume.RetryBackoff;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's poll on a mock consumer, a receiver on loopback and a registry that can be
 * switched off: an outage delays deliveries but loses none, a bad record is passed over.
 */
class WebhookDispatcherTest {

  private static final String TOPIC = "news.enriched";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

  private final SwitchableRegistry registry = new SwitchableRegistry("webhook-dispatcher");
  private final Topics topics =
      Topics.from(
          Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://webhook-dispatcher"),
          registry);
  private final byte[] conflict =
      topics.enriched.valueSerde().serializer().serialize(TOPIC, Articles.conflict("a"));
  private final PublishMetrics metrics = new PublishMetrics();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], DeadLetter> deadLetters =
      new MockProducer<>(
          true, null, new ByteArraySerializer(), topics.dlq.valueSerde().serializer());
  private HttpServer receiver;
  private WebhookDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            received.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    receiver.start();
    RouteTable routes =
        RouteTable.parse(
            """
            routes:
              - name: conflict
                match: {topics: [medtop:16000000]}
                webhook: {url: "http://127.0.0.1:%d/hook"}
            """
                .formatted(receiver.getAddress().getPort()),
            "test",
            Map.of());
    consumer.assign(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    dispatcher =
        new WebhookDispatcher(
            consumer,
            deadLetters,
            topics,
            () -> routes,
            new WebhookSender(1, Duration.ofMillis(1), Duration.ofSeconds(5)),
            metrics,
            new RetryBackoff(Duration.ZERO, Duration.ZERO));
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    consumer.close();
  }

  private void add(long offset, byte[] value) {
    consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset, new byte[] {'k'}, value));
  }

  private Long committed() {
    OffsetAndMetadata offset = consumer.committed(Set.of(P0)).get(P0);
    return offset == null ? null : offset.offset();
  }

  @Test
  void articleReadDuringARegistryOutageIsDeliveredOnceTheRegistryIsBack() throws Exception {
    add(0, conflict);
    registry.down(true);

    assertThat(dispatcher.pollOnce()).as("the poll stopped at the outage").isFalse();
    assertThat(received).isEmpty();
    assertThat(consumer.position(P0)).as("sought back to the article").isZero();
    assertThat(committed()).as("nothing committed past it").isIn(null, 0L);
    assertThat(deadLetters.history()).as("a registry outage is no dead letter").isEmpty();
    assertThat(metrics.registryWaitCount(WebhookDispatcher.READER)).isEqualTo(1);

    registry.down(false);
    // A mock consumer hands out a record once; the broker would return it again after the seek.
    add(0, conflict);
    assertThat(dispatcher.pollOnce()).isTrue();
    assertThat(received).containsExactly("a:1");
    assertThat(committed()).isEqualTo(1L);
  }

  @Test
  void unreadableRecordIsCountedAndPassedOverWithoutStoppingTheArticlesBehindIt() throws Exception {
    add(0, new byte[] {7, 7, 7});
    add(1, conflict);

    assertThat(dispatcher.pollOnce()).isTrue();
    assertThat(received).containsExactly("a:1");
    assertThat(metrics.unreadableSkippedCount(WebhookDispatcher.READER)).isEqualTo(1);
    assertThat(deadLetters.history()).as("the publish topology dead-letters it, once").isEmpty();
    assertThat(committed()).isEqualTo(2L);
  }
}
