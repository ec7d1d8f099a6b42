package io.wirestream.publish.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * One Streams application of a replay, run until it has processed its input topic up to where the
 * input ended when the stage began, then closed.
 *
 * <p>"Processed" is read from the application's committed offsets. The target of a partition is the
 * offset after its last record, not its end offset: a topic written by exactly-once producers ends
 * with a transaction marker that no consumer position is obliged to pass.
 */
public final class ReplayStage {

  /** Progress of a running stage: records processed out of records to process. */
  public record Progress(String stage, long done, long total) {}

  private final String name;
  private final Topology topology;
  private final Properties streamsConfig;
  private final String inputTopic;

  public ReplayStage(String name, Topology topology, Properties streamsConfig, String inputTopic) {
    this.name = name;
    this.topology = topology;
    this.streamsConfig = streamsConfig;
    this.inputTopic = inputTopic;
  }

  public String applicationId() {
    return streamsConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  /**
   * Runs the stage to the current end of its input; returns the number of input records processed.
   */
  public long run(
      Admin admin, Map<String, Object> kafkaClient, Consumer<Progress> progress, Duration timeout)
      throws InterruptedException {
    Map<TopicPartition, Long> targets = lastRecordEnds(kafkaClient, inputTopic);
    Map<TopicPartition, Long> start = committed(admin, targets);
    long total = 0;
    for (var e : targets.entrySet()) {
      total += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0L));
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    KafkaStreams streams = new KafkaStreams(topology, streamsConfig);
    try {
      streams.start();
      while (true) {
        Map<TopicPartition, Long> now = committed(admin, targets);
        long done = 0;
        boolean finished = true;
        for (var e : targets.entrySet()) {
          long at = now.getOrDefault(e.getKey(), 0L);
          done += Math.max(0, Math.min(at, e.getValue()) - start.getOrDefault(e.getKey(), 0L));
          finished &= at >= e.getValue();
        }
        progress.accept(new Progress(name, done, total));
        if (finished) {
          return total;
        }
        if (streams.state() == KafkaStreams.State.ERROR
            || streams.state() == KafkaStreams.State.PENDING_ERROR) {
          throw new IllegalStateException(
              "Replay stage "
                  + name
                  + " failed: the Streams application "
                  + applicationId()
                  + " stopped with an error (see the log)");
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Replay stage "
                  + name
                  + " did not catch up within "
                  + timeout
                  + " ("
                  + done
                  + " of "
                  + total
                  + " records)");
        }
        Thread.sleep(250);
      }
    } finally {
      // Leave the group, so the next stage or the restarted service is not kept waiting for this
      // member.
      streams.close(
          CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
              .withTimeout(Duration.ofSeconds(30)));
    }
  }

  private Map<TopicPartition, Long> committed(Admin admin, Map<TopicPartition, Long> partitions) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(applicationId()).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> out = new HashMap<>();
      for (TopicPartition tp : partitions.keySet()) {
        OffsetAndMetadata o = offsets.get(tp);
        if (o != null) {
          out.put(tp, o.offset());
        }
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Cannot read the offsets of " + applicationId() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /**
   * For each partition of {@code topic}, the offset after its last committed record (its beginning
   * if empty).
   */
  static Map<TopicPartition, Long> lastRecordEnds(Map<String, Object> kafkaClient, String topic) {
    Map<String, Object> props = new HashMap<>(kafkaClient);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Map<TopicPartition, Long> targets = new HashMap<>();
      for (TopicPartition tp : partitions) {
        targets.put(tp, lastRecordEnd(consumer, tp, begin.get(tp), end.get(tp)));
      }
      return targets;
    }
  }

  /** Reads backwards in widening steps from the end until a record is found. */
  private static long lastRecordEnd(
      KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp, long begin, long end) {
    consumer.assign(List.of(tp));
    for (long back = 2; ; back *= 8) {
      long from = Math.max(begin, end - back);
      consumer.seek(tp, from);
      long last = -1;
      while (consumer.position(tp) < end) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.offset() < end) {
            last = Math.max(last, r.offset());
          }
        }
      }
      if (last >= 0) {
        return last + 1;
      }
      if (from == begin) {
        return begin;
      }
    }
  }
}
