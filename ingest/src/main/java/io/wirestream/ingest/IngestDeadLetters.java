package io.wirestream.ingest;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.Origin;
import io.wirestream.avro.Stage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a rejected input into the {@link DeadLetter} for news.dlq: stage INGEST, origin file or URL
 * with line or item number, the reason and message, and the original bytes cut to a bound. Pure;
 * the producer adds the key and sends it.
 */
public final class IngestDeadLetters {

  /** Original bytes kept on a dead letter: enough to see the problem, small enough for Kafka. */
  public static final int MAX_VALUE_BYTES = 64 * 1024;

  private IngestDeadLetters() {}

  /**
   * Builds the dead letter.
   *
   * @param error why the input was rejected
   * @param originalValue the bytes of the rejected line, item or document, or null
   * @param time when the failure is recorded (the caller's clock)
   */
  public static DeadLetter of(IngestException error, byte[] originalValue, Instant time) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(time, "time");
    Origin origin =
        Origin.newBuilder()
            .setLocation(error.location().isEmpty() ? null : error.location())
            .setLine(error.position().number())
            .build();
    return DeadLetter.newBuilder()
        .setStage(Stage.INGEST)
        .setOrigin(origin)
        .setKey(null)
        .setValue(originalValue == null ? null : ByteBuffer.wrap(truncate(originalValue)))
        .setErrorClass(errorClass(error))
        .setErrorMessage(error.getMessage())
        .setTime(time)
        .build();
  }

  /** "IngestException:UNSAFE_XML": the class and the reason, so dead letters can be counted. */
  public static String errorClass(IngestException error) {
    return IngestException.class.getSimpleName() + ":" + error.reason().name();
  }

  private static byte[] truncate(byte[] value) {
    return value.length <= MAX_VALUE_BYTES ? value : Arrays.copyOf(value, MAX_VALUE_BYTES);
  }
}
