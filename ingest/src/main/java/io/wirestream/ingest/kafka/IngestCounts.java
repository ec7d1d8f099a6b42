package io.wirestream.ingest.kafka;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals of one ingest: every item is counted exactly once, in one of the three. */
public final class IngestCounts {

  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  void countAccepted(long articleBytes) {
    accepted.incrementAndGet();
    bytes.addAndGet(articleBytes);
  }

  void countDuplicate() {
    duplicates.incrementAndGet();
  }

  void countRejected() {
    rejected.incrementAndGet();
  }

  public long accepted() {
    return accepted.get();
  }

  public long duplicates() {
    return duplicates.get();
  }

  public long rejected() {
    return rejected.get();
  }

  /** Body and headline characters of the accepted articles, for rates. */
  public long acceptedChars() {
    return bytes.get();
  }

  public long total() {
    return accepted() + duplicates() + rejected();
  }

  /** The summary line printed at the end of every ingest. */
  @Override
  public String toString() {
    return "accepted " + accepted() + ", duplicates " + duplicates() + ", rejected " + rejected();
  }
}
