package io.wirestream.publish.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.SwitchableRegistry;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

/**
 * A good article whose writer schema cannot be fetched because the registry is away is not the
 * article's fault: the task fails (its transaction aborts, the record is read again), nothing is
 * dead-lettered or routed.
 */
class PublishRegistryOutageTest {

  private static final String ROUTES =
      """
      routes:
        - name: conflict
          match: {topics: [medtop:16000000]}
      """;

  @Test
  void unreachableRegistryFailsTheTaskInsteadOfDeadLetteringTheArticle() {
    SwitchableRegistry registry = new SwitchableRegistry("publish-outage");
    Map<String, String> config =
        Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://publish-outage");
    Topics topics = Topics.from(config, registry);
    // Written while the registry is up; read by a topology whose deserializer has no schema cached.
    byte[] good =
        topics
            .enriched
            .valueSerde()
            .serializer()
            .serialize("news.enriched", Articles.conflict("a"));
    registry.down(true);
    PublishMetrics metrics = new PublishMetrics();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "publish-outage-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            PublishTopology.build(topics, RouteTable.parse(ROUTES, "test", Map.of()), metrics),
            props)) {
      TestInputTopic<String, byte[]> enriched =
          driver.createInputTopic(
              topics.enriched.name(),
              Serdes.String().serializer(),
              Serdes.ByteArray().serializer());
      TestOutputTopic<byte[], byte[]> dlq =
          driver.createOutputTopic(
              topics.dlq.name(),
              Serdes.ByteArray().deserializer(),
              Serdes.ByteArray().deserializer());
      TestOutputTopic<String, EnrichedArticle> conflict =
          driver.createOutputTopic(
              "news.out.conflict",
              Serdes.String().deserializer(),
              topics.enriched.valueSerde().deserializer());

      assertThatThrownBy(() -> enriched.pipeInput("a", good))
          .isInstanceOf(StreamsException.class)
          .hasStackTraceContaining("Schema registry unavailable while reading news.enriched-0@0");
      assertThat(dlq.isEmpty()).as("no dead letter for a registry outage").isTrue();
      assertThat(metrics.deadLetterCount()).isZero();
      registry.down(false);
      assertThat(conflict.isEmpty()).as("nothing routed while the registry was away").isTrue();
    }
  }
}
