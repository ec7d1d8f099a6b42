package io.wirestream.local.fault;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records of a topic per key, as a {@code read_committed} consumer sees them: what a
 * downstream reader would get. Reads from the beginning and keeps up with the topic across broker
 * restarts, so a test can wait for every id and then check that none came twice.
 */
final class TopicCensus implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<TopicPartition> partitions;
  private final Map<String, Integer> perKey = new HashMap<>();
  private long records;
  private long tombstones;

  TopicCensus(Map<String, Object> clientProps, String topic) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /**
   * Reads until {@code expectedKeys} distinct keys are seen or the timeout passes, then to the end.
   */
  TopicCensus awaitKeys(int expectedKeys, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (perKey.size() < expectedKeys && System.nanoTime() < deadline) {
      poll(Duration.ofMillis(500));
    }
    return drain();
  }

  /** Reads up to the current end (the last stable offset: open transactions are not waited for). */
  TopicCensus drain() {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(60));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
        && System.nanoTime() < deadline) {
      poll(Duration.ofMillis(200));
    }
    return this;
  }

  private void poll(Duration wait) {
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
      records++;
      if (record.value() == null) {
        tombstones++;
      }
      String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
      perKey.merge(key, 1, Integer::sum);
    }
  }

  /** Every key seen. */
  Set<String> keys() {
    return Set.copyOf(perKey.keySet());
  }

  /** Keys seen more than once, with their counts. */
  Map<String, Integer> duplicates() {
    return perKey.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  long records() {
    return records;
  }

  long tombstones() {
    return tombstones;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
