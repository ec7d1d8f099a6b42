package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.config.ServiceConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichServiceTest {

  private static final String PRODUCER_BATCH =
      StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);

  @Test
  void producerBatchesHoldManyEnrichedRecordsByDefault() {
    Properties props = EnrichService.streamsConfig(ServiceConfig.of(Map.of()));

    assertThat(props.get(PRODUCER_BATCH)).isEqualTo(EnrichService.PRODUCER_BATCH_BYTES);
    assertThat(EnrichService.PRODUCER_BATCH_BYTES)
        .isGreaterThan(
            (Integer)
                ProducerConfig.configDef().defaultValues().get(ProducerConfig.BATCH_SIZE_CONFIG));
  }

  @Test
  void aConfiguredBatchSizeWins() {
    Properties props =
        EnrichService.streamsConfig(
            ServiceConfig.of(Map.of(ServiceConfig.STREAMS_PREFIX + PRODUCER_BATCH, "65536")));

    assertThat(props.get(PRODUCER_BATCH)).isEqualTo("65536");
  }
}
