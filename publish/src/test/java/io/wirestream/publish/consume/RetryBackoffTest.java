package io.wirestream.publish.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  @Test
  void waitDoublesUpToTheCapAndStartsOverAfterASuccess() {
    RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(3));
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      waits.add(backoff.next().toMillis());
    }
    assertThat(waits).containsExactly(500L, 1000L, 2000L, 3000L, 3000L);
    assertThat(backoff.failing()).isTrue();

    backoff.reset();
    assertThat(backoff.failing()).isFalse();
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void manyFailuresStayAtTheCapWithoutOverflow() {
    RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    Duration last = Duration.ZERO;
    for (int i = 0; i < 100; i++) {
      last = backoff.next();
    }
    assertThat(last).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void capBelowTheFirstWaitIsRefused() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
