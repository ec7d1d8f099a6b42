package io.wirestream.publish.live;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.json.AvroJson;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link EventRing} from the enriched topic: a group-less consumer of every partition
 * that starts a little before the end (enough to fill the ring, so clients can resume across a
 * service restart) and follows committed records. Unreadable records are skipped here; the publish
 * topology dead-letters them.
 */
public final class LiveFeed implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Topics topics;
  private final EventRing ring;
  private final int history;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean caughtUp;

  public LiveFeed(Map<String, Object> kafkaClient, Topics topics, EventRing ring, int history) {
    Map<String, Object> props = new HashMap<>(kafkaClient);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.topics = topics;
    this.ring = ring;
    this.history = history;
    this.thread = new Thread(this::run, "wirestream-live-feed");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Whether the feed has read up to where the topic ended when it started. */
  public boolean caughtUp() {
    return caughtUp;
  }

  private void run() {
    try {
      String topic = topics.enriched.name();
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long perPartition = Math.max(1, history / Math.max(1, partitions.size()));
      for (TopicPartition tp : partitions) {
        consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - perPartition));
      }
      while (running) {
        var records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<byte[], byte[]> record : records) {
          add(record);
        }
        if (!caughtUp && partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
          caughtUp = true;
        }
      }
    } catch (WakeupException | InterruptException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("Live feed stopped: {}", e.getMessage(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void add(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return;
    }
    EnrichedArticle article;
    try {
      article =
          topics
              .enriched
              .valueSerde()
              .deserializer()
              .deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      return;
    }
    ring.append(record.partition(), record.offset(), article, AvroJson.toJson(article));
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
