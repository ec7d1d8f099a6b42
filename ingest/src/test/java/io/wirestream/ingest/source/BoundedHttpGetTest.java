package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoundedHttpGetTest {

  private static final IngestLimits SMALL = new IngestLimits(1_000, 1_000, 64);

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed",
        exchange -> {
          String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
          if ("\"v1\"".equals(etag)) {
            exchange.sendResponseHeaders(304, -1);
          } else {
            byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.createContext(
        "/gone",
        exchange -> {
          exchange.sendResponseHeaders(410, -1);
          exchange.close();
        });
    server.createContext(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 5_000);
          exchange.getResponseBody().write(new byte[5_000]);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private BoundedHttpGet get() {
    return new BoundedHttpGet(Duration.ofSeconds(5), SMALL, "*/*");
  }

  @Test
  void answersTheBodyWithItsTypeAndValidators() throws Exception {
    FeedFetcher.Response answer = get().get(URI.create(base + "/feed"), null, null);

    assertThat(answer.notModified()).isFalse();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(answer.contentType()).isEqualTo("application/rss+xml");
    assertThat(answer.etag()).isEqualTo("\"v1\"");
  }

  @Test
  void sendsTheValidatorsAndReportsNotModified() throws Exception {
    FeedFetcher.Response answer = get().get(URI.create(base + "/feed"), "\"v1\"", null);

    assertThat(answer.notModified()).isTrue();
    assertThat(answer.body()).isNull();
    assertThat(answer.etag()).isEqualTo("\"v1\"");
  }

  @Test
  void anErrorStatusNamesTheUrlAndTheStatus() {
    IngestException e =
        catchThrowableOfType(
            IngestException.class, () -> get().get(URI.create(base + "/gone"), null, null));

    assertThat(e.reason()).isEqualTo(IngestException.Reason.MALFORMED);
    assertThat(e.location()).isEqualTo(base + "/gone");
    assertThat(e.detail()).isEqualTo("server answered HTTP 410");
  }

  @Test
  void aBodyOverTheDocumentLimitIsRefusedAsTooLarge() {
    IngestException e =
        catchThrowableOfType(
            IngestException.class, () -> get().get(URI.create(base + "/big"), null, null));

    assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE);
    assertThat(e.detail()).startsWith("document exceeds");
  }

  @Test
  void anUnreachableServerIsAFailureNamingTheUrl() {
    server.stop(0);
    IngestException e =
        catchThrowableOfType(
            IngestException.class, () -> get().get(URI.create(base + "/feed"), null, null));

    assertThat(e.location()).isEqualTo(base + "/feed");
    assertThat(e.detail()).startsWith("cannot fetch");
  }
}
