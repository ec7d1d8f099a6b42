package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for Avro in the Confluent wire format. Reads the writer schema by id from the
 * registry (cached) and decodes into GenericRecord, or, with {@code specific.avro.reader=true},
 * into the generated class of the same name, resolving schema differences (added fields with
 * defaults, ...) the Avro way. Every failure names the topic and what was wrong; consumers and
 * Streams add the partition and offset.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

  private SchemaRegistryClient client;
  private boolean specific;
  private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();
  private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

  /** For Kafka's reflective construction; call {@link #configure} before use. */
  public AvroDeserializer() {}

  /** A deserializer on an existing client, for tests and embedded use. */
  public AvroDeserializer(SchemaRegistryClient client, Map<String, ?> config) {
    this.client = client;
    this.specific =
        new AvroSerdeConfig(config).getBoolean(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig config = new AvroSerdeConfig(configs);
    if (client == null) {
      client = SchemaRegistryClient.fromConfig(config);
    }
    specific = config.getBoolean(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int id = WireFormat.schemaId(data, topic);
    DatumReader<Object> reader = readers.computeIfAbsent(id, i -> reader(topic, i));
    try {
      return (T)
          reader.read(
              null,
              DecoderFactory.get()
                  .binaryDecoder(
                      data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot decode Avro value with schema id "
              + id
              + " on topic "
              + topic
              + " ("
              + data.length
              + " bytes, truncated or not matching its schema): "
              + e,
          e);
    }
  }

  /** The writer schema of an id, fetched once. */
  public Schema schema(String topic, int id) {
    return schemas.computeIfAbsent(
        id,
        i -> {
          try {
            return new Schema.Parser().parse(client.schemaById(i));
          } catch (SchemaRegistryException e) {
            throw new SerializationException(
                "Unknown schema id " + i + " on topic " + topic + ": " + e.getMessage(), e);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private DatumReader<Object> reader(String topic, int id) {
    Schema writer = schema(topic, id);
    if (specific && writer.getType() == Schema.Type.RECORD) {
      Class<?> generated = SpecificData.get().getClass(writer);
      if (generated != null) {
        Schema readerSchema = SpecificData.get().getSchema(generated);
        return new SpecificDatumReader<>(
            writer, readerSchema, SpecificData.getForSchema(readerSchema));
      }
    }
    return new GenericDatumReader<>(writer);
  }
}
