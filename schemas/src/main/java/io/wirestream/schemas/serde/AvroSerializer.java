package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer for Avro SpecificRecord and GenericRecord values in the Confluent wire format,
 * with TopicNameStrategy subjects ({@code <topic>-value}, {@code <topic>-key}). Schema ids are
 * cached per subject, so the registry is asked once per schema. A null record is written as null (a
 * tombstone).
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

  private SchemaRegistryClient client;
  private boolean isKey;
  private boolean autoRegister;
  private boolean useLatestVersion;
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  /** For Kafka's reflective construction; call {@link #configure} before use. */
  public AvroSerializer() {}

  /** A serializer on an existing client, for tests and embedded use. */
  public AvroSerializer(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
    this.client = client;
    apply(new AvroSerdeConfig(config), isKey);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig config = new AvroSerdeConfig(configs);
    if (client == null) {
      client = SchemaRegistryClient.fromConfig(config);
    }
    apply(config, isKey);
  }

  private void apply(AvroSerdeConfig config, boolean isKey) {
    this.isKey = isKey;
    this.autoRegister = config.getBoolean(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG);
    this.useLatestVersion = config.getBoolean(AvroSerdeConfig.USE_LATEST_VERSION_CONFIG);
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    Schema schema = record.getSchema();
    String subject = topic + (isKey ? "-key" : "-value");
    int id = schemaId(subject, schema);
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream(256);
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(body, null);
      writer(record, schema).write(record, encoder);
      encoder.flush();
      ByteBuffer framed = WireFormat.header(id, body.size());
      framed.put(body.toByteArray());
      return framed.array();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot write " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(),
          e);
    }
  }

  private int schemaId(String subject, Schema schema) {
    String cacheKey = subject + '\u0000' + SchemaNormalization.parsingFingerprint64(schema);
    Integer cached = ids.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    try {
      int id;
      if (useLatestVersion) {
        var latest = client.latest(subject);
        Schema registered = new Schema.Parser().parse(latest.schema());
        if (SchemaNormalization.parsingFingerprint64(registered)
            != SchemaNormalization.parsingFingerprint64(schema)) {
          throw new SerializationException(
              "use.latest.version is set but the latest version of "
                  + subject
                  + " ("
                  + latest.version()
                  + ") differs from the record's schema "
                  + schema.getFullName());
        }
        id = latest.id();
      } else if (autoRegister) {
        id = client.register(subject, schema.toString(), false);
      } else {
        id = client.lookup(subject, schema.toString()).id();
      }
      ids.put(cacheKey, id);
      return id;
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Cannot get a schema id for "
              + schema.getFullName()
              + " under subject "
              + subject
              + ": "
              + e.getMessage(),
          e);
    }
  }

  @SuppressWarnings("unchecked")
  private DatumWriter<Object> writer(T record, Schema schema) {
    return writers.computeIfAbsent(
        schema,
        s ->
            record instanceof SpecificRecord
                ? (DatumWriter<Object>)
                    (DatumWriter<?>) new SpecificDatumWriter<>(s, SpecificData.getForSchema(s))
                : new GenericDatumWriter<>(s));
  }
}
