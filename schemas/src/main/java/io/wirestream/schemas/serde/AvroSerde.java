package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka Serde of Avro records in the Confluent wire format (see {@link AvroSerializer}). */
public class AvroSerde<T extends GenericContainer> implements Serde<T> {

  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  /** For Kafka's reflective construction; call {@link #configure} before use. */
  public AvroSerde() {
    this.serializer = new AvroSerializer<>();
    this.deserializer = new AvroDeserializer<>();
  }

  private AvroSerde(AvroSerializer<T> serializer, AvroDeserializer<T> deserializer) {
    this.serializer = serializer;
    this.deserializer = deserializer;
  }

  /** A value serde reading generated classes, on a shared client. */
  public static <T extends GenericContainer> AvroSerde<T> specific(
      SchemaRegistryClient client, Map<String, ?> config) {
    Map<String, Object> withSpecific = new HashMap<>(config);
    withSpecific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true);
    return new AvroSerde<>(
        new AvroSerializer<>(client, withSpecific, false),
        new AvroDeserializer<>(client, withSpecific));
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
