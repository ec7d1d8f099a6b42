package io.wirestream.publish.consume;

import java.time.Duration;

/**
 * Waits between attempts at something that is away (the schema registry): {@code first}, then twice
 * as long each time, at most {@code max}; back to {@code first} after a success. Not thread-safe:
 * one per reading thread.
 */
public final class RetryBackoff {

  private final Duration first;
  private final Duration max;
  private int failures;

  public RetryBackoff(Duration first, Duration max) {
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 <= first <= max, got " + first + " and " + max);
    }
    this.first = first;
    this.max = max;
  }

  /** The wait before the next attempt, one failure further on. */
  public Duration next() {
    // Past 2^20 the cap has long been reached; the bound keeps the shift from overflowing.
    Duration wait = first.multipliedBy(1L << Math.min(failures, 20));
    failures++;
    return wait.compareTo(max) > 0 ? max : wait;
  }

  /** Whether the last attempt failed, i.e. the next {@link #next()} is not the first wait. */
  public boolean failing() {
    return failures > 0;
  }

  /** The thing answered: the next failure waits {@code first} again. */
  public void reset() {
    failures = 0;
  }
}
