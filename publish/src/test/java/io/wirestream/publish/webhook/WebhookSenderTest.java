package io.wirestream.publish.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.Articles;
import io.wirestream.publish.route.Webhook;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a receiver on loopback that answers with a scripted list of statuses. */
class WebhookSenderTest {

  private HttpServer receiver;
  private final List<String> signatures = new CopyOnWriteArrayList<>();
  private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int[] statuses = {200};

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            bodies.add(exchange.getRequestBody().readAllBytes());
            signatures.add(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
            idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            int n = calls.getAndIncrement();
            exchange.sendResponseHeaders(statuses[Math.min(n, statuses.length - 1)], -1);
          }
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private Webhook hook(String secret) {
    return new Webhook(
        URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), secret);
  }

  private final WebhookSender sender =
      new WebhookSender(3, Duration.ofMillis(1), Duration.ofSeconds(5));

  @Test
  void deliveredBodyIsTheArticleJsonSignedWithTheRouteSecret() throws Exception {
    EnrichedArticle article = Articles.conflict("a");
    WebhookSender.Result result = sender.deliver(hook("s3cret"), article);

    assertThat(result.delivered()).isTrue();
    assertThat(calls).hasValue(1);
    assertThat(bodies.get(0)).isEqualTo(WebhookSender.body(article));
    assertThat(WebhookSignature.verify("s3cret", bodies.get(0), signatures.get(0))).isTrue();
    assertThat(WebhookSignature.verify("other", bodies.get(0), signatures.get(0))).isFalse();
    assertThat(idempotencyKeys.get(0)).isEqualTo("a:1");
  }

  @Test
  void unsignedRouteSendsNoSignature() throws Exception {
    sender.deliver(hook(null), Articles.conflict("a"));
    assertThat(signatures.get(0)).isNull();
  }

  @Test
  void serverErrorsAreRetriedUntilOneSucceeds() throws Exception {
    statuses = new int[] {503, 500, 204};
    WebhookSender.Result result = sender.deliver(hook("k"), Articles.conflict("a"));
    assertThat(result.delivered()).isTrue();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(idempotencyKeys).containsOnly("a:1");
  }

  @Test
  void failureAfterTheLastAttemptSaysWhy() throws Exception {
    statuses = new int[] {500};
    WebhookSender.Result result = sender.deliver(hook("k"), Articles.conflict("a"));
    assertThat(result.delivered()).isFalse();
    assertThat(calls).hasValue(3);
    assertThat(result.failure()).isEqualTo("HTTP 500");
  }

  @Test
  void refusalIsNotRetried() throws Exception {
    statuses = new int[] {400, 200};
    WebhookSender.Result result = sender.deliver(hook("k"), Articles.conflict("a"));
    assertThat(result.delivered()).isFalse();
    assertThat(calls).hasValue(1);
    assertThat(result.failure()).contains("HTTP 400", "not retried");
  }

  @Test
  void unreachableReceiverFailsAfterRetries() throws Exception {
    int port = receiver.getAddress().getPort();
    receiver.stop(0);
    WebhookSender.Result result =
        sender.deliver(
            new Webhook(URI.create("http://127.0.0.1:" + port + "/hook"), null),
            Articles.conflict("a"));
    assertThat(result.delivered()).isFalse();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.failure()).contains("ConnectException");
  }

  @Test
  void backoffDoublesAndIsCapped() {
    WebhookSender s = new WebhookSender(10, Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(List.of(s.delay(1), s.delay(2), s.delay(3), s.delay(12)))
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(60));
  }

  @Test
  void signatureIsHexHmacSha256() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes()))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
