package io.wirestream.schemas;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Where a record sits in Kafka: topic, partition and offset, written {@code topic-partition@offset}
 * in logs, errors and dead letters. Partition and offset are -1 when unknown (a record forwarded
 * from a punctuation, say).
 */
public record RecordPosition(String topic, int partition, long offset) {

  /** A record of {@code topic} whose partition and offset are not known. */
  public static RecordPosition unknown(String topic) {
    return new RecordPosition(topic, -1, -1L);
  }

  /** The position of a consumed record. */
  public static RecordPosition of(ConsumerRecord<?, ?> record) {
    return new RecordPosition(record.topic(), record.partition(), record.offset());
  }

  @Override
  public String toString() {
    return partition < 0 ? topic : topic + "-" + partition + "@" + offset;
  }
}
