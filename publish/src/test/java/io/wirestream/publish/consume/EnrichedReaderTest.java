package io.wirestream.publish.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.SwitchableRegistry;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Telling a bad record from an absent registry, and what a poll does with each. */
class EnrichedReaderTest {

  private static final String TOPIC = "news.enriched";
  private static final SwitchableRegistry registry = new SwitchableRegistry("enriched-reader");
  private static final Topics topics =
      Topics.from(
          Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://enriched-reader"), registry);
  private static final byte[] GOOD =
      topics.enriched.valueSerde().serializer().serialize(TOPIC, Articles.conflict("a"));

  /** The wire format's header with a schema id no registry has, then a body. */
  private static final byte[] UNKNOWN_ID = {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 4, 6};

  private final PublishMetrics metrics = new PublishMetrics();

  /** A reader on fresh serdes: none has a writer schema cached from an earlier case. */
  private EnrichedReader reader() {
    Topics fresh =
        Topics.from(
            Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://enriched-reader"), registry);
    return new EnrichedReader("test", fresh.enriched.valueSerde().deserializer(), metrics);
  }

  private static ConsumerRecord<byte[], byte[]> record(int partition, long offset, byte[] value) {
    return new ConsumerRecord<>(TOPIC, partition, offset, new byte[] {'k'}, value);
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of("an Avro article", GOOD, false, Decoded.Kind.ARTICLE),
        Arguments.of("a tombstone", null, false, Decoded.Kind.TOMBSTONE),
        Arguments.of(
            "bytes without the wire format's magic byte",
            new byte[] {7, 7, 7},
            false,
            Decoded.Kind.UNREADABLE),
        Arguments.of(
            "a schema id the registry does not know", UNKNOWN_ID, false, Decoded.Kind.UNREADABLE),
        Arguments.of(
            "a good article while the registry is away", GOOD, true, Decoded.Kind.REGISTRY_DOWN),
        Arguments.of(
            "bad bytes while the registry is away",
            new byte[] {7, 7, 7},
            true,
            Decoded.Kind.UNREADABLE));
  }

  @ParameterizedTest(name = "{0} reads as {3}")
  @MethodSource("outcomes")
  void decodingTellsABadRecordFromAnAbsentRegistry(
      String what, byte[] value, boolean registryDown, Decoded.Kind expected) {
    registry.down(registryDown);
    try {
      assertThat(reader().decode(record(0, 0, value)).kind()).isEqualTo(expected);
    } finally {
      registry.down(false);
    }
  }

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");

  /**
   * A poll of {@code records}, partitions in the order given (a real poll has no set order), by a
   * consumer assigned both partitions.
   */
  private ConsumerRecords<byte[], byte[]> poll(List<ConsumerRecord<byte[], byte[]>> records) {
    Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new LinkedHashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      byPartition
          .computeIfAbsent(new TopicPartition(r.topic(), r.partition()), tp -> new ArrayList<>())
          .add(r);
    }
    consumer.assign(byPartition.keySet());
    byPartition.forEach((tp, list) -> consumer.seek(tp, list.get(list.size() - 1).offset() + 1));
    return new ConsumerRecords<>(byPartition, Map.of());
  }

  @Test
  void registryGoingAwayOnceTheSchemaIsKnownStopsNothing() throws Exception {
    ConsumerRecords<byte[], byte[]> polled =
        poll(
            List.of(
                record(0, 0, GOOD),
                record(0, 1, GOOD),
                record(1, 0, new byte[] {7, 7, 7}),
                record(1, 1, GOOD),
                record(1, 2, GOOD)));
    EnrichedReader reader = reader();
    List<String> handled = new ArrayList<>();
    // The registry goes away once the first article is decoded: the writer schema is cached by
    // then, so the later articles of that schema need no registry.
    boolean whole =
        reader.handle(
            consumer,
            polled,
            (record, article) -> {
              handled.add(record.partition() + "@" + record.offset());
              registry.down(true);
            });
    registry.down(false);

    assertThat(whole).isTrue();
    assertThat(handled).containsExactly("0@0", "0@1", "1@1", "1@2");
    assertThat(metrics.unreadableSkippedCount("test")).isEqualTo(1);
  }

  @Test
  void recordsFromTheOneTheRegistryCouldNotGiveOnAreReadAgain() throws Exception {
    ConsumerRecords<byte[], byte[]> polled =
        poll(
            List.of(
                record(0, 0, null),
                record(0, 1, new byte[] {7, 7, 7}),
                record(0, 2, GOOD),
                record(0, 3, GOOD),
                record(1, 0, GOOD)));
    List<String> handled = new ArrayList<>();
    registry.down(true);
    boolean whole;
    try {
      whole =
          reader()
              .handle(
                  consumer,
                  polled,
                  (record, a) -> handled.add(record.partition() + "@" + record.offset()));
    } finally {
      registry.down(false);
    }

    assertThat(whole).isFalse();
    assertThat(handled).isEmpty();
    assertThat(consumer.position(new TopicPartition(TOPIC, 0)))
        .as("the tombstone and the bad record were handled; the good one is next")
        .isEqualTo(2);
    assertThat(consumer.position(new TopicPartition(TOPIC, 1)))
        .as("a partition after the one that stopped the poll is read again whole")
        .isZero();
    assertThat(metrics.unreadableSkippedCount("test")).isEqualTo(1);
    assertThat(metrics.registryWaitCount("test")).isEqualTo(1);
  }
}
