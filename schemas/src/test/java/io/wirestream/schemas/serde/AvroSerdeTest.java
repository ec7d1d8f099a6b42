package io.wirestream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private static final Map<String, Object> CONFIG =
      Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://serde-test");

  static RawArticle raw() {
    return RawArticle.newBuilder()
        .setId("id-1")
        .setSource(
            Source.newBuilder()
                .setName("desk")
                .setKind(SourceKind.FILE)
                .setUri("/in/a.txt")
                .build())
        .setFormat(Format.TEXT)
        .setHeadline("Headline")
        .setBody("Body text.")
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.DATELINE)
        .setReceived(Instant.parse("2024-04-24T09:01:00Z"))
        .setContentHash("abc")
        .build();
  }

  @Test
  void specificRecordRoundTripsThroughTheWireFormat() {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(CONFIG, false);
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
    deserializer.configure(
        Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG,
            "mock://serde-test",
            AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG,
            true),
        false);

    byte[] bytes = serializer.serialize("news.raw", raw());

    assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
    int id = WireFormat.schemaId(bytes, "news.raw");
    assertThat(SchemaRegistryClient.fromConfig(CONFIG).latest("news.raw-value").id()).isEqualTo(id);
    assertThat(deserializer.deserialize("news.raw", bytes)).isEqualTo(raw());
  }

  @Test
  void genericReaderSeesTheSameFields() {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(CONFIG, false);
    AvroDeserializer<GenericRecord> generic = new AvroDeserializer<>();
    generic.configure(CONFIG, false);

    GenericRecord record = generic.deserialize("news.raw", serializer.serialize("news.raw", raw()));

    assertThat(record.get("id").toString()).isEqualTo("id-1");
    assertThat(record.get("published"))
        .isEqualTo(Instant.parse("2024-04-24T09:00:00Z").toEpochMilli());
  }

  @Test
  void nullIsATombstoneBothWays() {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(CONFIG, false);
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
    deserializer.configure(CONFIG, false);
    assertThat(serializer.serialize("news.raw", null)).isNull();
    assertThat(deserializer.deserialize("news.raw", null)).isNull();
  }

  @Test
  void unknownSchemaIdIsAClearError() {
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
    deserializer.configure(CONFIG, false);
    assertThatThrownBy(
            () -> deserializer.deserialize("news.raw", new byte[] {0, 0, 0, 0x7f, 0x7f, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Unknown schema id 32639")
        .hasMessageContaining("news.raw");
  }

  @Test
  void truncatedBodyIsAClearError() {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(CONFIG, false);
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
    deserializer.configure(CONFIG, false);
    byte[] bytes = serializer.serialize("news.raw", raw());
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> deserializer.deserialize("news.raw", truncated))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Cannot decode Avro value");
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaIsRefused() {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG,
            "mock://no-auto-register",
            AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG,
            false),
        false);
    assertThatThrownBy(() -> serializer.serialize("news.raw", raw()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("news.raw-value");
  }
}
