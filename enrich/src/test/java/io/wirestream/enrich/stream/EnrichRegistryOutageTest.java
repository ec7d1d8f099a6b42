package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.EnrichedArticles;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.registry.RegisteredSchema;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryException;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.net.ConnectException;
import java.util.List;
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
 * A record whose writer schema cannot be fetched because the registry is away is not the record's
 * fault.
 */
class EnrichRegistryOutageTest {

  /** A registry client whose every request found no registry, after its retries. */
  static final class UnreachableRegistry implements SchemaRegistryClient {
    private static SchemaRegistryException down() {
      return new SchemaRegistryException(
          "Schema registry did not answer after 3 attempts", new ConnectException("refused"));
    }

    @Override
    public int register(String subject, String schema, boolean normalize) {
      throw down();
    }

    @Override
    public String schemaById(int id) {
      throw down();
    }

    @Override
    public RegisteredSchema lookup(String subject, String schema) {
      throw down();
    }

    @Override
    public RegisteredSchema latest(String subject) {
      throw down();
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
      throw down();
    }

    @Override
    public List<String> subjects() {
      throw down();
    }

    @Override
    public boolean isCompatible(String subject, String schema) {
      throw down();
    }
  }

  @Test
  void unreachableRegistryFailsTheTaskInsteadOfDeadLetteringTheRecord() {
    Map<String, String> config =
        Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "http://127.0.0.1:1");
    Topics topics = Topics.from(config, new UnreachableRegistry());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-outage-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            EnrichTopology.build(topics, raw -> EnrichedArticles.from(raw, "test-1").build()),
            props)) {
      TestInputTopic<String, byte[]> raw =
          driver.createInputTopic(
              topics.raw.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<byte[], byte[]> dlq =
          driver.createOutputTopic(
              topics.dlq.name(),
              Serdes.ByteArray().deserializer(),
              Serdes.ByteArray().deserializer());
      TestOutputTopic<byte[], byte[]> enriched =
          driver.createOutputTopic(
              topics.enriched.name(),
              Serdes.ByteArray().deserializer(),
              Serdes.ByteArray().deserializer());

      assertThatThrownBy(() -> raw.pipeInput("a1", new byte[] {0, 0, 0, 0, 1, 2, 3}))
          .isInstanceOf(StreamsException.class)
          .hasStackTraceContaining("Schema registry unavailable while reading news.raw-0@0");
      assertThat(dlq.isEmpty()).as("no dead letter for a registry outage").isTrue();
      assertThat(enriched.isEmpty()).isTrue();
    }
  }
}
