package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroDeserializer;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import io.wirestream.schemas.serde.AvroSerializer;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own registry client and Avro serde against this server: the calls and bytes the
 * pipeline makes in production, with authentication on.
 */
class ProjectClientContractTest {

  private SchemaRegistryServer server;
  private Map<String, Object> serdeConfig;

  @BeforeEach
  void start() {
    server =
        TestServers.start(
            Map.of(
                RegistryConfig.AUTHENTICATION_METHOD_CONFIG, "BASIC",
                RegistryConfig.AUTHENTICATION_BASIC_USERS_CONFIG, "pipeline:pw"));
    serdeConfig =
        Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG,
            server.url(),
            AvroSerdeConfig.BASIC_AUTH_USER_INFO_CONFIG,
            "pipeline:pw");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void serdeRoundTripsThroughTheRegistryInConfluentWireFormat() {
    Schema schema = new Schema.Parser().parse(Fixtures.schema("user-optional-email"));
    GenericRecord user = new GenericData.Record(schema);
    user.put("id", "u1");
    user.put("name", "Ada");
    user.put("email", null);
    AvroSerializer<GenericRecord> serializer = new AvroSerializer<>();
    serializer.configure(serdeConfig, false);
    AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>();
    deserializer.configure(serdeConfig, false);

    byte[] bytes = serializer.serialize("users", user);

    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(1);
    assertThat(deserializer.deserialize("users", bytes).toString()).isEqualTo(user.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"RawArticle", "EnrichedArticle", "DeadLetter"})
  void theProjectsSchemasRegisterAndReadBackUnchanged(String name) {
    Schema schema =
        switch (name) {
          case "RawArticle" -> RawArticle.getClassSchema();
          case "EnrichedArticle" -> EnrichedArticle.getClassSchema();
          default -> DeadLetter.getClassSchema();
        };
    SchemaRegistryClient client = SchemaRegistryClient.fromConfig(serdeConfig);

    // Compact and pretty-printed texts of one schema are one schema.
    int id = client.register("news." + name + "-value", schema.toString(), false);
    int again = client.register("mirror-value", schema.toString(true), false);

    assertThat(again).isEqualTo(id);
    assertThat(new Schema.Parser().parse(client.schemaById(id))).isEqualTo(schema);
    assertThat(client.isCompatible("news." + name + "-value", schema.toString())).isTrue();
  }
}
