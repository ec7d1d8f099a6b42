package io.wirestream.ingest.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What became of one input item once published: accepted (a record on news.raw, once Kafka
 * acknowledges it), a duplicate, or rejected with a reason (a dead letter). Read {@link #status()}
 * after {@link IngestPublisher#flush()}, when every delivery has settled.
 */
public final class ItemOutcome {

  /** The three fates of an item. */
  public enum Status {
    ACCEPTED,
    DUPLICATE,
    REJECTED
  }

  private final Status planned;
  private final String id;
  private final int version;
  private final String reason;
  private final CompletableFuture<Void> delivery;

  private ItemOutcome(
      Status planned, String id, int version, String reason, CompletableFuture<Void> delivery) {
    this.planned = planned;
    this.id = id;
    this.version = version;
    this.reason = reason;
    this.delivery = delivery;
  }

  static ItemOutcome sending(String id, int version, CompletableFuture<Void> delivery) {
    return new ItemOutcome(Status.ACCEPTED, id, version, null, delivery);
  }

  static ItemOutcome duplicate(String id, int version) {
    return new ItemOutcome(
        Status.DUPLICATE, id, version, null, CompletableFuture.completedFuture(null));
  }

  static ItemOutcome rejected(String reason) {
    return new ItemOutcome(
        Status.REJECTED, null, 0, reason, CompletableFuture.completedFuture(null));
  }

  /** ACCEPTED only once Kafka acknowledged the record; a failed send is REJECTED. */
  public Status status() {
    if (planned == Status.ACCEPTED && delivery.isCompletedExceptionally()) {
      return Status.REJECTED;
    }
    return planned;
  }

  /** The article id, or null for an item rejected before it had one. */
  public String id() {
    return id;
  }

  /** The version sent (or already on news.raw, for a duplicate). */
  public int version() {
    return version;
  }

  /** Why the item was rejected, or null. */
  public String reason() {
    if (planned == Status.ACCEPTED && delivery.isCompletedExceptionally()) {
      try {
        delivery.get();
      } catch (ExecutionException e) {
        return "could not be written to Kafka: " + e.getCause().getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return reason;
  }
}
