package io.wirestream.publish.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.TimexType;
import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.json.AvroJson;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard page in a real headless browser (Debian's chromium and chromedriver, driven over
 * the W3C WebDriver protocol with plain HTTP): articles render, and markup inside article text
 * stays text. Skipped when /usr/bin/chromium or /usr/bin/chromedriver is absent.
 */
class DashboardBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE =
      "<img src=x onerror=\"document.title='pwned'\">Ceasefire & talks";

  private static final String DATED_HEADLINE = "Truce agreed on Monday";
  private static final String DATED_BODY =
      "Talks resumed on Friday, April 19, after <b>weeks</b> of delay.\n\nBoth sides signed.";

  /** An article with a date in its headline and one in its body, received two minutes ago. */
  private static final EnrichedArticle DATED =
      Articles.base("d1")
          .setHeadline(DATED_HEADLINE)
          .setBody(DATED_BODY)
          .setReceived(java.time.Instant.now().minusSeconds(120))
          .setTopics(Articles.conflict("c").getTopics())
          .setDates(
              List.of(
                  date(DATED_HEADLINE, "headline", "Monday", "2024-04-22"),
                  date(DATED_BODY, "body", "Friday, April 19", "2024-04-19")))
          .build();

  private static TemporalExpression date(String text, String field, String span, String value) {
    int begin = text.indexOf(span);
    return TemporalExpression.newBuilder()
        .setText(span)
        .setBegin(begin)
        .setEnd(begin + span.length())
        .setField(field)
        .setType(TimexType.DATE)
        .setValue(value)
        .build();
  }

  @TempDir static Path profile;
  static GatewayServer server;
  static Process driver;
  static String driverUrl;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Skipping the browser test: /usr/bin/chromium and /usr/bin/chromedriver are needed "
            + "(Debian: apt-get install -y chromium chromium-driver)");
    EventRing ring = new EventRing(10);
    EnrichedArticle hostile =
        Articles.base("x1")
            .setHeadline(HOSTILE)
            .setTopics(Articles.conflict("c").getTopics())
            .setEntities(Articles.conflict("c").getEntities())
            .build();
    // Appended first, so it renders below the hostile one (the newest shows on top).
    ring.append(0, 0, DATED, AvroJson.toJson(DATED));
    ring.append(0, 1, hostile, AvroJson.toJson(hostile));
    server =
        new GatewayServer(
            "127.0.0.1",
            0,
            ring,
            RouteTable::defaults,
            () -> Map.of("status", "UP"),
            new PublishMetrics(),
            new GatewayServer.Options(16, 4, Duration.ofSeconds(1)));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromedriver.log").toFile())
            .start();
    driverUrl = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (driver != null) {
      driver.destroy();
    }
  }

  @Test
  void pageShowsArticlesWithTheirTextEscaped() throws Exception {
    String session = newSession();
    try {
      call("POST", "/session/" + session + "/url", Map.of("url", server.url()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (script(session, "return document.querySelectorAll('article').length").asInt() == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(
              script(session, "return document.querySelector('article h2').textContent").asText())
          .isEqualTo(HOSTILE);
      assertThat(script(session, "return document.querySelectorAll('img').length").asInt())
          .isZero();
      assertThat(script(session, "return document.title").asText()).isEqualTo("Wirestream live");
      assertThat(script(session, "return document.querySelector('article').textContent").asText())
          .contains("Ilham Aliyev", "medtop:16000000", "Azerbaijan AZ");
    } finally {
      call("DELETE", "/session/" + session, null);
    }
  }

  @Test
  void dateSpansAreMarkedInTheTextAndTopicsAreCountedPerMinute() throws Exception {
    String session = newSession();
    try {
      call("POST", "/session/" + session + "/url", Map.of("url", server.url()));
      String rows =
          "return Array.from(document.querySelectorAll('#topic-counts tbody tr'))"
              + ".map(r => Array.from(r.cells).map(c => c.textContent).join('/')).join('|')";
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (script(session, rows).asText().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      String dated = "document.querySelector('article[data-id=\"d1\"]')";
      assertThat(
              script(
                      session,
                      "return Array.from("
                          + dated
                          + ".querySelectorAll('mark.date')).map(m => m.textContent).join('|')")
                  .asText())
          .isEqualTo("Monday|Friday, April 19");
      assertThat(script(session, "return " + dated + ".querySelector('h2').textContent").asText())
          .isEqualTo(DATED_HEADLINE);
      assertThat(
              script(session, "return " + dated + ".querySelector('p.body').textContent").asText())
          .as("the body, whole, its markup as text")
          .isEqualTo(DATED_BODY);
      assertThat(script(session, "return document.querySelectorAll('article b').length").asInt())
          .isZero();
      // Both articles are on conflict; only the one received two minutes ago is in the last hour.
      assertThat(script(session, rows).asText()).isEqualTo("conflict, war and peace/1/2");
      assertThat(
              script(session, "return document.querySelectorAll('#chart polyline').length").asInt())
          .isEqualTo(1);
      assertThat(script(session, "return document.getElementById('legend').textContent").asText())
          .isEqualTo("conflict, war and peace (1)");
    } finally {
      call("DELETE", "/session/" + session, null);
    }
  }

  private static String newSession() throws Exception {
    Map<String, Object> options =
        Map.of(
            "binary",
            CHROMIUM.toString(),
            "args",
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("chromium")));
    JsonNode created = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    // chromedriver takes a moment to listen.
    while (created == null) {
      try {
        created =
            call(
                "POST",
                "/session",
                Map.of(
                    "capabilities",
                    Map.of(
                        "alwaysMatch",
                        Map.of("browserName", "chrome", "goog:chromeOptions", options))));
      } catch (java.net.ConnectException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
    return created.get("sessionId").asText();
  }

  private static JsonNode script(String session, String script) throws Exception {
    return call(
        "POST",
        "/session/" + session + "/execute/sync",
        Map.of("script", script, "args", List.of()));
  }

  private static JsonNode call(String method, String path, Object body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(driverUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode value = JSON.readTree(response.body()).get("value");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "WebDriver " + method + " " + path + " -> " + response.statusCode() + ": " + value);
    }
    return value;
  }
}
