package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.SchemaRegistryServer;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroDeserializer;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import io.wirestream.schemas.serde.AvroSerializer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serde against the real registry and broker: records survive a registry restart and a broker
 * restart, and bad bytes fail with their topic, partition and offset.
 */
class SerdeRoundTripIT {

  @TempDir Path dataDir;

  static RawArticle article() {
    return RawArticle.newBuilder()
        .setId("serde-1")
        .setSource(Source.newBuilder().setName("it").setKind(SourceKind.HTTP).build())
        .setFormat(Format.NINJS)
        .setHeadline("Registry restart")
        .setBody("The schema outlives the registry process.")
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.FEED)
        .setReceived(Instant.parse("2024-04-24T09:00:01Z"))
        .setContentHash("h")
        .setAttributes(Map.of("desk", "world"))
        .build();
  }

  private static SchemaRegistryServer registry(EmbeddedKafkaBroker broker) {
    return SchemaRegistryServer.withKafkaStore(
            new RegistryConfig(
                Map.of(
                    RegistryConfig.LISTENERS_CONFIG,
                    "http://127.0.0.1:0",
                    RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers(),
                    RegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG,
                    1)))
        .start();
  }

  @Test
  void recordWrittenBeforeRestartsIsReadAfterThem() throws Exception {
    byte[] bytes;
    int port;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOnFreePorts(dataDir)) {
      port = Integer.parseInt(broker.bootstrapServers().split(":")[1]);
      try (SchemaRegistryServer registry = registry(broker)) {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
        serializer.configure(
            Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()), false);
        bytes = serializer.serialize("news.raw", article());
      }
    }
    // Broker and registry both restarted on the same data: the schema id still resolves.
    try (EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.start(dataDir, "127.0.0.1", port, 0, Map.of());
        SchemaRegistryServer registry = registry(broker)) {
      AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
      deserializer.configure(
          Map.of(
              AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG,
              registry.url(),
              AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG,
              true),
          false);
      assertThat(deserializer.deserialize("news.raw", bytes)).isEqualTo(article());
      assertThat(
              SchemaRegistryClient.fromConfig(
                      Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()))
                  .subjects())
          .contains("news.raw-value");
    }
  }

  @Test
  void consumerNamesPartitionAndOffsetOfAnUnreadableRecord() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOnFreePorts(dataDir);
        SchemaRegistryServer registry = registry(broker)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("news.raw", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", broker.bootstrapServers()),
              new StringSerializer(),
              new ByteArraySerializer())) {
        producer
            .send(new ProducerRecord<>("news.raw", "bad-magic", new byte[] {5, 0, 0, 0, 1, 0}))
            .get();
        producer
            .send(new ProducerRecord<>("news.raw", "unknown-id", new byte[] {0, 0, 0, 0x10, 0, 0}))
            .get();
      }
      AvroDeserializer<RawArticle> values = new AvroDeserializer<>();
      values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()), false);
      try (KafkaConsumer<String, RawArticle> consumer =
          new KafkaConsumer<>(
              Map.of(
                  "bootstrap.servers",
                  broker.bootstrapServers(),
                  ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                  "earliest"),
              new StringDeserializer(),
              values)) {
        TopicPartition partition = new TopicPartition("news.raw", 0);
        consumer.assign(List.of(partition));
        assertThatThrownBy(() -> pollUntilError(consumer))
            .isInstanceOf(RecordDeserializationException.class)
            .hasMessageContaining("news.raw-0")
            .hasMessageContaining("offset 0")
            .cause()
            .hasMessageContaining("Unknown magic byte 0x05");
        consumer.seek(partition, 1);
        assertThatThrownBy(() -> pollUntilError(consumer))
            .isInstanceOf(RecordDeserializationException.class)
            .hasMessageContaining("offset 1")
            .cause()
            .hasMessageContaining("Unknown schema id 4096");
      }
    }
  }

  private static void pollUntilError(KafkaConsumer<String, RawArticle> consumer) {
    for (int i = 0; i < 60; i++) {
      consumer.poll(Duration.ofMillis(500));
    }
  }
}
