package io.wirestream.schemas.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

/**
 * Prints Avro records as the JSON every Wirestream output shares ({@code enrich-file}, {@code
 * tail}, the JSON mirror, the live stream): the record's field names in schema order, timestamps as
 * ISO-8601 strings, unions unwrapped, bytes as base64. The output is a pure function of the record,
 * so identical records print identically.
 */
public final class AvroJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Resolves unions whether timestamps arrive as java.time.Instant (generated classes) or long. */
  private static final GenericData DATA = new GenericData();

  static {
    DATA.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    DATA.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
  }

  private AvroJson() {}

  /** One record as a single line of JSON. */
  public static String toJson(IndexedRecord record) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(json, record.getSchema(), record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, Schema schema, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
      return;
    }
    LogicalType logical = schema.getLogicalType();
    if (logical instanceof LogicalTypes.TimestampMillis
        || logical instanceof LogicalTypes.TimestampMicros) {
      json.writeString(instant(value, logical).toString());
      return;
    }
    switch (schema.getType()) {
      case RECORD -> {
        IndexedRecord record = (IndexedRecord) value;
        json.writeStartObject();
        for (Schema.Field field : schema.getFields()) {
          json.writeFieldName(field.name());
          write(json, field.schema(), record.get(field.pos()));
        }
        json.writeEndObject();
      }
      case UNION -> write(json, schema.getTypes().get(DATA.resolveUnion(schema, value)), value);
      case ARRAY -> {
        json.writeStartArray();
        for (Object item : (Collection<?>) value) {
          write(json, schema.getElementType(), item);
        }
        json.writeEndArray();
      }
      case MAP -> {
        json.writeStartObject();
        for (Map.Entry<?, ?> e : new java.util.TreeMap<>((Map<?, ?>) value).entrySet()) {
          json.writeFieldName(e.getKey().toString());
          write(json, schema.getValueType(), e.getValue());
        }
        json.writeEndObject();
      }
      case BYTES, FIXED -> json.writeString(Base64.getEncoder().encodeToString(bytes(value)));
      case INT -> json.writeNumber(((Number) value).intValue());
      case LONG -> json.writeNumber(((Number) value).longValue());
      case FLOAT -> json.writeNumber(((Number) value).floatValue());
      case DOUBLE -> json.writeNumber(((Number) value).doubleValue());
      case BOOLEAN -> json.writeBoolean((Boolean) value);
      case NULL -> json.writeNull();
      default -> json.writeString(value.toString()); // STRING, ENUM
    }
  }

  private static Instant instant(Object value, LogicalType logical) {
    if (value instanceof Instant instant) {
      return instant;
    }
    long n = ((Number) value).longValue();
    return logical instanceof LogicalTypes.TimestampMicros
        ? Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000L), Math.floorMod(n, 1_000_000L) * 1_000L)
        : Instant.ofEpochMilli(n);
  }

  private static byte[] bytes(Object value) {
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] out = new byte[copy.remaining()];
      copy.get(out);
      return out;
    }
    if (value instanceof GenericData.Fixed fixed) {
      return fixed.bytes();
    }
    return (byte[]) value;
  }
}
