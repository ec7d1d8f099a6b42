package io.wirestream.publish.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.Test;

class PollLoopTest {

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");

  @Test
  void pollsUntilClosedThenClosesTheConsumer() throws InterruptedException {
    CountDownLatch fourPolls = new CountDownLatch(4);
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger polls = new AtomicInteger();
    AtomicInteger afterPolls = new AtomicInteger();
    PollLoop loop =
        new PollLoop(
            "test-loop",
            true,
            consumer,
            new RetryBackoff(Duration.ZERO, Duration.ZERO),
            new PollLoop.Body() {
              @Override
              public void open() {
                opened.incrementAndGet();
              }

              @Override
              public boolean pollOnce() {
                fourPolls.countDown();
                return polls.incrementAndGet() % 2 == 0; // every other poll hits an outage
              }

              @Override
              public void afterPoll() {
                afterPolls.incrementAndGet();
              }
            },
            Duration.ofSeconds(5));
    loop.start();
    assertThat(fourPolls.await(10, TimeUnit.SECONDS)).isTrue();
    loop.close();

    assertThat(opened).hasValue(1);
    assertThat(afterPolls.get()).isBetween(polls.get() - 1, polls.get());
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void aBackoffIsCutShortByClose() throws InterruptedException {
    CountDownLatch polled = new CountDownLatch(1);
    AtomicInteger polls = new AtomicInteger();
    PollLoop loop =
        new PollLoop(
            "test-loop",
            true,
            consumer,
            new RetryBackoff(Duration.ofMinutes(10), Duration.ofMinutes(10)),
            new PollLoop.Body() {
              @Override
              public void open() {}

              @Override
              public boolean pollOnce() {
                polls.incrementAndGet();
                polled.countDown();
                return false; // the registry is away: back off for ten minutes
              }
            },
            Duration.ofSeconds(5));
    loop.start();
    assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
    loop.close();

    assertThat(consumer.closed()).isTrue();
    assertThat(polls).hasValue(1);
  }
}
