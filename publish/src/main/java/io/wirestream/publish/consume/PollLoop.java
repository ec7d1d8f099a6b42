package io.wirestream.publish.consume;

import io.wirestream.schemas.DeadLetters;
import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a reader of the enriched topic on a thread of its own: polls until closed, pausing with a
 * {@link RetryBackoff} after a poll that stopped at a record the registry could not give, and
 * closes the consumer on the way out without letting an interrupt cut its clean close short.
 */
public final class PollLoop implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PollLoop.class);

  /** What the loop runs. */
  public interface Body {

    /** Subscribes or assigns, once, on the loop's thread. */
    void open();

    /** One poll; false when it stopped at a record to read again after a backoff. */
    boolean pollOnce() throws InterruptedException;

    /** After each poll and backoff: housekeeping such as following new partitions. */
    default void afterPoll() {}
  }

  private final Consumer<?, ?> consumer;
  private final RetryBackoff backoff;
  private final Body body;
  private final Duration stopWait;
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param stopWait how long {@link #close()} waits for the loop once it has interrupted a backoff
   *     or a slow call
   */
  public PollLoop(
      String name,
      boolean daemon,
      Consumer<?, ?> consumer,
      RetryBackoff backoff,
      Body body,
      Duration stopWait) {
    this.consumer = consumer;
    this.backoff = backoff;
    this.body = body;
    this.stopWait = stopWait;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(daemon);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try {
      body.open();
      while (running) {
        if (body.pollOnce()) {
          backoff.reset();
        } else {
          Thread.sleep(backoff.next().toMillis());
        }
        body.afterPoll();
      }
    } catch (WakeupException | InterruptException | InterruptedException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("{} stopped: {}", thread.getName(), DeadLetters.describe(e), e);
    } finally {
      boolean interrupted = Thread.interrupted();
      consumer.close(Duration.ofSeconds(5));
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the loop: wakes the poll, and interrupts a backoff or a slow call if it must. */
  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(2).toMillis());
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(stopWait.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
