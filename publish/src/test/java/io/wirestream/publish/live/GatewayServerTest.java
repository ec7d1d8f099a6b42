package io.wirestream.publish.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.json.AvroJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP endpoints over a ring fed directly, read with java.net.http.HttpClient. */
class GatewayServerTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final EventRing ring = new EventRing(100);
  private final PublishMetrics metrics = new PublishMetrics();
  private final HttpClient http = HttpClient.newHttpClient();
  private GatewayServer server;

  @BeforeEach
  void start() throws Exception {
    RouteTable routes =
        RouteTable.parse("routes: [{name: caucasus, match: {places: [AZ]}}]", "t", Map.of());
    server =
        new GatewayServer(
            "127.0.0.1",
            0,
            ring,
            () -> routes,
            () -> Map.of("status", "UP"),
            metrics,
            new GatewayServer.Options(16, 4, Duration.ofMillis(200)));
    ring.append(0, 0, Articles.markets("m0"), AvroJson.toJson(Articles.markets("m0")));
    ring.append(0, 1, Articles.conflict("c1"), AvroJson.toJson(Articles.conflict("c1")));
    ring.append(1, 0, Articles.conflict("c2"), AvroJson.toJson(Articles.conflict("c2")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /**
   * Reads the stream until {@code count} article events arrived; returns their ids and article ids.
   */
  private List<String> events(String pathAndQuery, String lastEventId, int count) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery))
            .timeout(Duration.ofSeconds(30));
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<java.io.InputStream> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/event-stream; charset=utf-8");
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      int seen = 0;
      for (String line; seen < count && (line = reader.readLine()) != null; ) {
        if (line.startsWith("id: ")) {
          lines.add(line);
        } else if (line.startsWith("data: ")) {
          lines.add("article " + JSON.readTree(line.substring(6)).get("id").asText());
          seen++;
        }
      }
    }
    return lines;
  }

  @Test
  void routeFilterAndBacklogSelectTheRecentMatchingArticles() throws Exception {
    assertThat(events("stream?route=caucasus&backlog=10", null, 2))
        .containsExactly("id: 0-1", "article c1", "id: 0-1.1-0", "article c2");
  }

  @Test
  void lastEventIdResumesAfterThatPosition() throws Exception {
    assertThat(events("stream?lang=en", "0-1", 1)).containsExactly("id: 0-1.1-0", "article c2");
  }

  @Test
  void liveArticlesArriveAfterConnecting() throws Exception {
    Thread producer =
        new Thread(
            () -> {
              while (ring.clientCount() == 0) {
                Thread.onSpinWait();
              }
              ring.append(2, 0, Articles.markets("m9"), AvroJson.toJson(Articles.markets("m9")));
            });
    producer.start();
    assertThat(events("stream?q=bourse", null, 1)).containsExactly("id: 0-1.1-0.2-0", "article m9");
    producer.join();
  }

  @Test
  void badFiltersAreRejectedWithTheReason() throws Exception {
    HttpResponse<String> unknown = get("stream?colour=red");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown filter 'colour'");
    assertThat(get("stream?route=nope").body()).contains("no route named 'nope'");
    assertThat(get("stream?route=caucasus&tag=x").statusCode()).isEqualTo(400);
  }

  @Test
  void healthMetricsAndPageAreServed() throws Exception {
    assertThat(get("health").body()).contains("\"status\":\"UP\"", "\"liveBuffer\":3");
    metrics.routed("caucasus");
    assertThat(get("metrics").body())
        .contains(
            "wirestream_publish_records_out_total{route=\"caucasus\"} 1",
            "# TYPE wirestream_publish_sse_clients gauge");
    HttpResponse<String> page = get("");
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("EventSource").doesNotContain("innerHTML");
    assertThat(get("routes").body()).contains("\"name\":\"caucasus\"");
    assertThat(get("nothing-here").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
