package io.wirestream.publish.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.EnrichedArticle;
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
    ring.append(0, 0, hostile, AvroJson.toJson(hostile));
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
