package io.wirestream.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte 0x00, a 4-byte big-endian schema id, then the Avro binary
 * body. Shared by every serializer and deserializer so the bytes match Confluent's exactly.
 */
public final class WireFormat {

  public static final byte MAGIC_BYTE = 0x0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /**
   * Writes the header into a buffer of {@code HEADER_SIZE + bodyLength} and returns it positioned
   * after it.
   */
  public static ByteBuffer header(int schemaId, int bodyLength) {
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE + bodyLength);
    buffer.put(MAGIC_BYTE).putInt(schemaId);
    return buffer;
  }

  /** The schema id of a framed value; throws with a clear reason when the frame is not ours. */
  public static int schemaId(byte[] data, String topic) {
    if (data.length < HEADER_SIZE) {
      throw new SerializationException(
          "Value on topic "
              + topic
              + " is "
              + data.length
              + " bytes, too short for the Avro wire format header");
    }
    if (data[0] != MAGIC_BYTE) {
      throw new SerializationException(
          String.format(
              "Unknown magic byte 0x%02x on topic %s: not Avro in the Confluent wire format",
              data[0], topic));
    }
    return ByteBuffer.wrap(data, 1, 4).getInt();
  }
}
