package io.wirestream.publish.webhook;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.route.Webhook;
import io.wirestream.schemas.json.AvroJson;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs one article to one webhook, retrying with exponential backoff: on connection errors,
 * timeouts, 408, 429 and 5xx. Other answers (400, 401, 404, ...) are the receiver refusing the
 * article, which a retry would not change, so they fail at once. Thread-safe.
 */
public final class WebhookSender {

  /** The outcome of a delivery: delivered, or why not after how many attempts. */
  public record Result(boolean delivered, int attempts, String failure) {}

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final HttpClient http;
  private final int attempts;
  private final Duration backoff;
  private final Duration timeout;

  public WebhookSender(int attempts, Duration backoff, Duration timeout) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.attempts = attempts;
    this.backoff = backoff;
    this.timeout = timeout;
  }

  /** The JSON body sent for an article: the shared JSON shape, UTF-8. */
  public static byte[] body(EnrichedArticle article) {
    return AvroJson.toJson(article).getBytes(StandardCharsets.UTF_8);
  }

  public Result deliver(Webhook webhook, EnrichedArticle article) throws InterruptedException {
    byte[] body = body(article);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(webhook.url())
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "wirestream-publish")
            // Receivers drop a repeat of the same article version (at-least-once delivery).
            .header("Idempotency-Key", article.getId() + ":" + article.getVersion())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (webhook.secret() != null) {
      request.header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), body));
    }
    String failure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      boolean retryable;
      try {
        HttpResponse<Void> response =
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return new Result(true, attempt, null);
        }
        failure = "HTTP " + status;
        retryable = status == 408 || status == 429 || status >= 500;
      } catch (IOException e) {
        failure =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        retryable = true;
      }
      if (!retryable) {
        return new Result(false, attempt, failure + " (not retried)");
      }
      if (attempt < attempts) {
        Thread.sleep(delay(attempt).toMillis());
      }
    }
    return new Result(false, attempts, failure);
  }

  /**
   * The wait after the {@code attempt}-th failure: backoff, 2 x backoff, 4 x backoff, ... at most
   * 60 s.
   */
  Duration delay(int attempt) {
    Duration d = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }
}
