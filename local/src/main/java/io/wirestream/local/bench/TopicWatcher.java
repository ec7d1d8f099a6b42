package io.wirestream.local.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows a topic from its beginning on a thread of its own, as a {@code read_committed} reader,
 * and keeps for each key the record's timestamp and the moment it became visible. The benchmark
 * reads latencies and completion from it.
 */
final class TopicWatcher implements AutoCloseable {

  /** When one record was appended (its timestamp) and when this reader first saw it. */
  record Seen(long timestamp, long visibleAt) {}

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong firstTimestamp = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastTimestamp = new AtomicLong(Long.MIN_VALUE);
  private final Thread thread;
  private volatile boolean running = true;

  TopicWatcher(Map<String, Object> clientProps, String topic) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    thread = new Thread(this::run, "bench-watch-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          long now = System.currentTimeMillis();
          records.incrementAndGet();
          firstTimestamp.accumulateAndGet(record.timestamp(), Math::min);
          lastTimestamp.accumulateAndGet(record.timestamp(), Math::max);
          if (record.key() != null) {
            seen.putIfAbsent(
                new String(record.key(), StandardCharsets.UTF_8),
                new Seen(record.timestamp(), now));
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  /** Waits until {@code count} records have been read; false on timeout. */
  boolean awaitRecords(long count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (records.get() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  Seen seen(String key) {
    return seen.get(key);
  }

  long records() {
    return records.get();
  }

  long firstTimestamp() {
    return firstTimestamp.get();
  }

  long lastTimestamp() {
    return lastTimestamp.get();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
