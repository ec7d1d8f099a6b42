package io.wirestream.publish.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.SwitchableRegistry;
import io.wirestream.publish.consume.RetryBackoff;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The live feed's poll on a mock consumer, with a registry that can be switched off. */
class LiveFeedTest {

  private static final String TOPIC = "news.enriched";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

  private final SwitchableRegistry registry = new SwitchableRegistry("live-feed");
  private final Topics topics =
      Topics.from(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://live-feed"), registry);
  private final byte[] conflict =
      topics.enriched.valueSerde().serializer().serialize(TOPIC, Articles.conflict("a"));
  private final PublishMetrics metrics = new PublishMetrics();
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final EventRing ring = new EventRing(10);
  private final LiveFeed feed =
      new LiveFeed(
          consumer, topics, ring, 10, metrics, new RetryBackoff(Duration.ZERO, Duration.ZERO));

  private void add(long offset, byte[] value) {
    consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset, new byte[] {'k'}, value));
  }

  @Test
  void partitionsAddedToTheTopicAreFollowedFromTheirBeginning() {
    TopicPartition p1 = new TopicPartition(TOPIC, 1);
    consumer.assign(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, p1, 0L));
    consumer.updatePartitions(
        TOPIC,
        List.of(
            new PartitionInfo(TOPIC, 0, null, null, null),
            new PartitionInfo(TOPIC, 1, null, null, null)));

    feed.followNewPartitions();

    assertThat(consumer.assignment()).containsExactlyInAnyOrder(P0, p1);
    assertThat(consumer.position(p1)).isZero();
  }

  @Test
  void articleReadDuringARegistryOutageReachesTheStreamOnceTheRegistryIsBack() throws Exception {
    consumer.assign(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    add(0, new byte[] {7, 7, 7});
    add(1, conflict);
    registry.down(true);

    assertThat(feed.pollOnce()).isFalse();
    assertThat(ring.size()).isZero();
    assertThat(consumer.position(P0)).as("past the bad record, back at the article").isEqualTo(1);
    assertThat(metrics.unreadableSkippedCount(LiveFeed.READER)).isEqualTo(1);
    assertThat(metrics.registryWaitCount(LiveFeed.READER)).isEqualTo(1);

    registry.down(false);
    // A mock consumer hands out a record once; the broker would return it again after the seek.
    add(1, conflict);
    assertThat(feed.pollOnce()).isTrue();
    assertThat(ring.size()).isEqualTo(1);
    assertThat(ring.position().offsets()).containsExactly(Map.entry(0, 1L));
  }
}
