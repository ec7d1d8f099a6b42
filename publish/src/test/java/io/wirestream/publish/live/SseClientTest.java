package io.wirestream.publish.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.publish.Articles;
import io.wirestream.publish.route.ArticlePredicate;
import io.wirestream.publish.route.PredicateQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SseClientTest {

  @Test
  void positionRoundTripsThroughTheEventId() {
    StreamPosition p = StreamPosition.START.with(2, 8).with(0, 41).with(0, 3);
    assertThat(p.toString()).isEqualTo("0-41.2-8");
    assertThat(StreamPosition.parse(p.toString())).isEqualTo(p);
    assertThat(p.isBefore(0, 41)).isFalse();
    assertThat(p.isBefore(0, 42)).isTrue();
    assertThat(p.isBefore(1, 0)).isTrue();
    assertThatThrownBy(() -> StreamPosition.parse("abc"))
        .hasMessageContaining("not a Wirestream event id");
  }

  @Test
  void resumingDeliversOnlyWhatCameAfterTheLastEventId() {
    EventRing ring = new EventRing(10);
    ring.append(0, 0, Articles.conflict("a"), "{}");
    LiveEvent second = ring.append(1, 0, Articles.markets("b"), "{}");
    ring.append(0, 1, Articles.conflict("c"), "{}");
    SseClient client = new SseClient(ArticlePredicate.everything(), 4, second.position());
    List<LiveEvent> missed = ring.subscribe(client, second.position(), 0, e -> true);
    assertThat(missed).extracting(e -> e.article().getId()).containsExactly("c");
  }

  @Test
  void backlogHoldsTheLastMatchingEvents() {
    EventRing ring = new EventRing(3);
    for (int i = 0; i < 5; i++) {
      ring.append(0, i, i % 2 == 0 ? Articles.conflict("c" + i) : Articles.markets("m" + i), "{}");
    }
    ArticlePredicate french = PredicateQuery.parse(Map.of("lang", List.of("fr")));
    SseClient client = new SseClient(french, 4, StreamPosition.START);
    assertThat(ring.subscribe(client, null, 10, client::wants))
        .extracting(e -> e.article().getId())
        .containsExactly("m3");
    assertThat(ring.size()).isEqualTo(3);
  }

  @Test
  void clientThatFallsBehindItsQueueIsDroppedWithAReason() throws Exception {
    EventRing ring = new EventRing(100);
    SseClient slow = new SseClient(ArticlePredicate.everything(), 2, StreamPosition.START);
    ring.subscribe(slow, null, 0, e -> true);
    for (int i = 0; i < 3; i++) {
      ring.append(0, i, Articles.conflict("a" + i), "{\"id\":\"a" + i + "\"}");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String reason = slow.serve(out, List.of(), Duration.ofMillis(100), () -> true, () -> {});
    assertThat(reason).contains("fell more than 2 events behind");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .endsWith("event: dropped\ndata: {\"reason\":\"" + reason + "\"}\n\n");
  }

  @Test
  void eventsAreFramedWithThePositionAsIdAndWrittenOnce() throws Exception {
    EventRing ring = new EventRing(100);
    SseClient client = new SseClient(ArticlePredicate.everything(), 10, StreamPosition.START);
    LiveEvent first = ring.append(0, 5, Articles.conflict("a"), "{\"id\":\"a\"}");
    ring.subscribe(client, null, 0, e -> true);
    LiveEvent second = ring.append(1, 7, Articles.conflict("b"), "{\"id\":\"b\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger rounds = new AtomicInteger();
    // The backlog repeats the queued event; it must still arrive once.
    client.serve(
        out,
        List.of(first, second),
        Duration.ofMillis(10),
        () -> rounds.getAndIncrement() < 2,
        sent::incrementAndGet);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "retry: 2000\n\n"
                + "id: 0-5\nevent: article\ndata: {\"id\":\"a\"}\n\n"
                + "id: 0-5.1-7\nevent: article\ndata: {\"id\":\"b\"}\n\n"
                + ": keep-alive\n\n");
    assertThat(sent).hasValue(2);
  }
}
