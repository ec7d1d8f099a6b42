package io.wirestream.schemas;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.Origin;
import io.wirestream.avro.Stage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/** Builds DeadLetter records: what failed, where it was, and why, in words a user can act on. */
public final class DeadLetters {

  /** The original value is kept up to this size; enough to inspect, small enough to always fit. */
  public static final int MAX_KEPT_VALUE_BYTES = 1024 * 1024;

  private DeadLetters() {}

  /** A record read from Kafka that could not be processed. */
  public static DeadLetter fromRecord(
      Stage stage, RecordPosition at, byte[] key, byte[] value, Throwable error, Instant time) {
    Origin origin =
        Origin.newBuilder()
            .setTopic(at.topic())
            .setPartition(at.partition())
            .setOffset(at.offset())
            .build();
    return build(stage, origin, key, value, error.getClass().getName(), describe(error), time);
  }

  /** The message of an error and its causes, joined, so the root reason is never lost. */
  public static String describe(Throwable error) {
    StringBuilder message = new StringBuilder();
    for (Throwable t = error; t != null && message.length() < 4000; t = t.getCause()) {
      if (message.length() > 0) {
        message.append(" <- ");
      }
      message.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
      if (t.getCause() == t) {
        break;
      }
    }
    return message.toString();
  }

  private static DeadLetter build(
      Stage stage,
      Origin origin,
      byte[] key,
      byte[] value,
      String errorClass,
      String reason,
      Instant time) {
    byte[] kept =
        value == null || value.length <= MAX_KEPT_VALUE_BYTES
            ? value
            : Arrays.copyOf(value, MAX_KEPT_VALUE_BYTES);
    return DeadLetter.newBuilder()
        .setStage(stage)
        .setOrigin(origin)
        .setKey(key == null ? null : ByteBuffer.wrap(key))
        .setValue(kept == null ? null : ByteBuffer.wrap(kept))
        .setErrorClass(errorClass)
        .setErrorMessage(reason)
        .setTime(time)
        .build();
  }
}
