package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordPositionTest {

  @Test
  void readsAsTopicPartitionAtOffset() {
    assertThat(new RecordPosition("news.raw", 2, 417)).hasToString("news.raw-2@417");
  }

  @Test
  void anUnknownPositionNamesOnlyTheTopic() {
    assertThat(RecordPosition.unknown("news.raw")).hasToString("news.raw");
  }

  @Test
  void takesTheConsumedRecordsPlace() {
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>("news.enriched", 1, 9L, null, null);
    assertThat(RecordPosition.of(record)).isEqualTo(new RecordPosition("news.enriched", 1, 9L));
  }
}
