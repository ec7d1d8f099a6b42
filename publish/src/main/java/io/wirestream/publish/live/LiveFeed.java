package io.wirestream.publish.live;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.consume.EnrichedReader;
import io.wirestream.publish.consume.PollLoop;
import io.wirestream.publish.consume.RetryBackoff;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.json.AvroJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link EventRing} from the enriched topic: a group-less consumer of every partition
 * that starts a little before the end (enough to fill the ring, so clients can resume across a
 * service restart) and follows committed records. Unreadable records are passed over (and counted)
 * here; the publish topology dead-letters them. While the schema registry is away the feed stops at
 * the record it could not decode and reads it again after a backoff, so no article goes missing
 * from the stream (see {@link EnrichedReader}).
 */
public final class LiveFeed implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

  /** Name of the feed in metrics ({@code reader="live"}). */
  public static final String READER = "live";

  /** How often the feed looks for partitions added to the topic. */
  private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

  private final Consumer<byte[], byte[]> consumer;
  private final Topics topics;
  private final EventRing ring;
  private final int history;
  private final EnrichedReader reader;
  private final PollLoop loop;
  private Map<TopicPartition, Long> startEnds = Map.of();
  private long nextPartitionCheck;
  private volatile boolean caughtUp;

  public LiveFeed(
      Map<String, Object> kafkaClient,
      Topics topics,
      EventRing ring,
      int history,
      PublishMetrics metrics) {
    this(
        new KafkaConsumer<>(
            consumerProps(kafkaClient), new ByteArrayDeserializer(), new ByteArrayDeserializer()),
        topics,
        ring,
        history,
        metrics,
        new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)));
  }

  /** A feed on the given consumer, for tests. */
  LiveFeed(
      Consumer<byte[], byte[]> consumer,
      Topics topics,
      EventRing ring,
      int history,
      PublishMetrics metrics,
      RetryBackoff backoff) {
    this.consumer = consumer;
    this.topics = topics;
    this.ring = ring;
    this.history = history;
    this.reader = new EnrichedReader(READER, topics.enriched.valueSerde().deserializer(), metrics);
    this.loop =
        new PollLoop(
            "wirestream-live-feed",
            true,
            consumer,
            backoff,
            new PollLoop.Body() {
              @Override
              public void open() {
                startNearTheEnd();
              }

              @Override
              public boolean pollOnce() throws InterruptedException {
                return LiveFeed.this.pollOnce();
              }

              @Override
              public void afterPoll() {
                noteProgress();
              }
            },
            Duration.ofSeconds(10));
  }

  private static Map<String, Object> consumerProps(Map<String, Object> kafkaClient) {
    Map<String, Object> props = new HashMap<>(kafkaClient);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return props;
  }

  public void start() {
    loop.start();
  }

  /** Whether the feed has read up to where the topic ended when it started. */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Assigns every partition, positioned to fill the ring with the last records. */
  private void startNearTheEnd() {
    String topic = topics.enriched.name();
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    startEnds = consumer.endOffsets(partitions);
    long perPartition = Math.max(1, history / Math.max(1, partitions.size()));
    for (TopicPartition tp : partitions) {
      consumer.seek(tp, Math.max(begin.get(tp), startEnds.get(tp) - perPartition));
    }
    nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
  }

  /** After a poll: caught up yet, and time to look for new partitions? */
  private void noteProgress() {
    if (!caughtUp
        && startEnds.entrySet().stream()
            .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
      caughtUp = true;
    }
    if (System.nanoTime() >= nextPartitionCheck) {
      followNewPartitions();
      nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
    }
  }

  /**
   * Adds the partitions created since the feed started (a topic can be given more partitions while
   * the service runs), read from their beginning: the feed has no group to be told of them.
   */
  void followNewPartitions() {
    String topic = topics.enriched.name();
    Set<TopicPartition> assigned = consumer.assignment();
    List<TopicPartition> added =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .filter(tp -> !assigned.contains(tp))
            .toList();
    if (!added.isEmpty()) {
      List<TopicPartition> all = new ArrayList<>(assigned);
      all.addAll(added);
      consumer.assign(all);
      consumer.seekToBeginning(added);
      log.info("Live feed follows new partitions {}", added);
    }
  }

  /**
   * One poll into the ring. Returns false when it stopped at a record the registry could not give;
   * the consumer has been sought back to it.
   */
  boolean pollOnce() throws InterruptedException {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
    return records.isEmpty() || reader.handle(consumer, records, this::add);
  }

  private void add(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article) {
    ring.append(record.partition(), record.offset(), article, AvroJson.toJson(article));
  }

  @Override
  public void close() {
    loop.close();
  }
}
