package io.wirestream.publish;

import io.wirestream.schemas.config.ServiceConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The publish service's own settings, declared once with their defaults and parsed once into typed
 * fields. Everything else (Kafka clients, Streams, serdes, topic names) comes from the shared
 * {@link ServiceConfig} keys.
 */
public record PublishConfig(
    Path routesFile,
    Duration routesPoll,
    String httpHost,
    int httpPort,
    int sseBuffer,
    int sseClientQueue,
    int sseMaxClients,
    Duration sseHeartbeat,
    int webhookAttempts,
    Duration webhookBackoff,
    Duration webhookTimeout) {

  public static final String ROUTES_FILE_CONFIG = "publish.routes.file";
  public static final String ROUTES_FILE_DOC =
      "Route table (YAML or JSON); without it every article goes to news.out.all.";
  public static final String ROUTES_POLL_MS_CONFIG = "publish.routes.poll.ms";
  public static final String ROUTES_POLL_MS_DOC =
      "How often the route file is checked for changes; 0 disables reloading.";
  public static final String HTTP_HOST_CONFIG = "publish.http.host";
  public static final String HTTP_HOST_DOC =
      "Interface of the dashboard, live stream, /health and /metrics (loopback by default).";
  public static final String HTTP_PORT_CONFIG = "publish.http.port";
  public static final String HTTP_PORT_DOC =
      "Port of the dashboard and live stream; 0 picks a free one.";
  public static final String SSE_BUFFER_CONFIG = "publish.sse.buffer";
  public static final String SSE_BUFFER_DOC =
      "Recent articles kept in memory for clients resuming with Last-Event-ID.";
  public static final String SSE_CLIENT_QUEUE_CONFIG = "publish.sse.client.queue";
  public static final String SSE_CLIENT_QUEUE_DOC =
      "Events a live-stream client may fall behind before it is disconnected.";
  public static final String SSE_MAX_CLIENTS_CONFIG = "publish.sse.max.clients";
  public static final String SSE_MAX_CLIENTS_DOC =
      "Live-stream clients served at once; more get HTTP 503.";
  public static final String SSE_HEARTBEAT_MS_CONFIG = "publish.sse.heartbeat.ms";
  public static final String SSE_HEARTBEAT_MS_DOC =
      "Interval of keep-alive comments on an idle live stream.";
  public static final String WEBHOOK_ATTEMPTS_CONFIG = "publish.webhook.attempts";
  public static final String WEBHOOK_ATTEMPTS_DOC =
      "Delivery attempts per article and webhook before it is dead-lettered.";
  public static final String WEBHOOK_BACKOFF_MS_CONFIG = "publish.webhook.backoff.ms";
  public static final String WEBHOOK_BACKOFF_MS_DOC =
      "Wait before the first retry; doubled after each failure (at most 60 s).";
  public static final String WEBHOOK_TIMEOUT_MS_CONFIG = "publish.webhook.timeout.ms";
  public static final String WEBHOOK_TIMEOUT_MS_DOC =
      "Connect and response timeout of one webhook request.";

  public static final String APPLICATION_ID_CONFIG = "publish.application.id";
  public static final String APPLICATION_ID_DOC =
      "Streams application id of the publish topology (default wirestream-publish); streams.application.id wins.";
  public static final String WEBHOOK_GROUP_ID_CONFIG = "publish.webhook.group.id";
  public static final String WEBHOOK_GROUP_ID_DOC =
      "Consumer group of the webhook dispatcher (default wirestream-webhooks).";

  public static PublishConfig from(ServiceConfig config) {
    String routes = config.get(ROUTES_FILE_CONFIG, "");
    return new PublishConfig(
        routes.isBlank() ? null : Path.of(routes),
        Duration.ofMillis(number(config, ROUTES_POLL_MS_CONFIG, 2000, 0)),
        config.get(HTTP_HOST_CONFIG, "127.0.0.1"),
        (int) number(config, HTTP_PORT_CONFIG, 8080, 0),
        (int) number(config, SSE_BUFFER_CONFIG, 1000, 1),
        (int) number(config, SSE_CLIENT_QUEUE_CONFIG, 256, 1),
        (int) number(config, SSE_MAX_CLIENTS_CONFIG, 64, 1),
        Duration.ofMillis(number(config, SSE_HEARTBEAT_MS_CONFIG, 15000, 100)),
        (int) number(config, WEBHOOK_ATTEMPTS_CONFIG, 5, 1),
        Duration.ofMillis(number(config, WEBHOOK_BACKOFF_MS_CONFIG, 500, 0)),
        Duration.ofMillis(number(config, WEBHOOK_TIMEOUT_MS_CONFIG, 10000, 1)));
  }

  private static long number(ServiceConfig config, String key, long fallback, long min) {
    String text = config.get(key, null);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value < min) {
        throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + text + "'");
    }
  }
}
