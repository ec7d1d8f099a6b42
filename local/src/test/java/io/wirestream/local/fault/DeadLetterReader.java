package io.wirestream.local.fault;

import io.wirestream.avro.DeadLetter;
import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the dead-letter topic from its beginning as a {@code read_committed} consumer, until the
 * expected number of letters has come and two quiet seconds more have passed, so that a letter
 * written twice would be seen too.
 */
final class DeadLetterReader {

  private DeadLetterReader() {}

  static List<DeadLetter> read(
      Map<String, Object> client, Topics topics, int expected, Duration timeout) {
    Map<String, Object> props = new HashMap<>(client);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<DeadLetter> letters = new ArrayList<>();
    try (KafkaConsumer<byte[], DeadLetter> consumer =
        new KafkaConsumer<>(
            props, new ByteArrayDeserializer(), topics.dlq.valueSerde().deserializer())) {
      consumer.assign(
          consumer.partitionsFor(topics.dlq.name(), timeout).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList());
      consumer.seekToBeginning(consumer.assignment());
      long deadline = System.nanoTime() + timeout.toNanos();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, quietUntil)) {
        for (ConsumerRecord<byte[], DeadLetter> record : consumer.poll(Duration.ofMillis(300))) {
          letters.add(record.value());
        }
        if (letters.size() >= expected && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        }
      }
    }
    return letters;
  }
}
