package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.http.IntakeHandler;
import io.wirestream.ingest.kafka.IngestCounts;
import io.wirestream.ingest.source.FeedFetcher;
import io.wirestream.ingest.source.FeedPoller;
import io.wirestream.ingest.source.IngestService;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest sources on the real stack: HTTP intake, feed polling with conditional GET, folders. */
class IngestIT {

  @TempDir static Path dataDir;
  static LocalStack stack;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void startStack() {
    stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir));
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  private static IngestService ingest() {
    return IngestService.connect(stack.config().kafkaClient(), stack.topics(), Clock.systemUTC());
  }

  @Test
  void httpIntakeAnswersPerItemAndRequiresTheToken() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    try (IngestService ingest = ingest()) {
      server.createContext(IntakeHandler.PATH, new IntakeHandler(ingest, "s3cret", 1024 * 1024));
      server.start();
      URI url =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + IntakeHandler.PATH);
      String lines =
          "{\"id\":\"intake-1\",\"headline\":\"Port reopens\",\"body\":\"The port reopened on Monday after repairs.\"}\n"
              + "{\"id\":\"intake-2\",\"headline\":\"No body here\"}\n";

      HttpResponse<String> first = post(url, lines, "s3cret");
      JsonNode answer = JSON.readTree(first.body());
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(answer.get("accepted").asInt()).isEqualTo(1);
      assertThat(answer.get("rejected").asInt()).isEqualTo(1);
      assertThat(answer.get("items").get(0).get("id").asText()).isEqualTo("intake-1");
      assertThat(answer.get("items").get(1).get("reason").asText()).contains("body");

      JsonNode again = JSON.readTree(post(url, lines, "s3cret").body());
      assertThat(again.get("duplicates").asInt()).isEqualTo(1);
      assertThat(again.get("items").get(0).get("status").asText()).isEqualTo("duplicate");

      assertThat(post(url, lines, "wrong").statusCode()).isEqualTo(401);
      assertThat(post(url, lines, null).statusCode()).isEqualTo(401);
      assertThat(post(url, "x".repeat(2 * 1024 * 1024), "s3cret").statusCode()).isEqualTo(413);
    } finally {
      server.stop(0);
    }
  }

  private static HttpResponse<String> post(URI url, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/x-ndjson");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String feed(String secondBody) {
    return feed("feed-it", secondBody);
  }

  static String feed(String guidPrefix, String secondBody) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test desk</title><link>https://desk.example</link>"
        + "<description>d</description>"
        + "<item><title>Bridge opens</title><guid>"
        + guidPrefix
        + "-1</guid><pubDate>Mon, 22 Apr 2024 08:00:00 GMT</pubDate>"
        + "<description>The new bridge opened to traffic on Monday morning.</description></item>"
        + "<item><title>Council vote</title><guid>"
        + guidPrefix
        + "-2</guid><pubDate>Mon, 22 Apr 2024 09:00:00 GMT</pubDate>"
        + "<description>"
        + secondBody
        + "</description></item></channel></rss>";
  }

  @Test
  void feedIsPolledConditionallyAndEditedItemsBecomeNewVersions() throws Exception {
    AtomicReference<String> content =
        new AtomicReference<>(feed("The council voted on the budget."));
    AtomicInteger notModified = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          String etag = "\"" + Integer.toHexString(content.get().hashCode()) + "\"";
          if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
          } else {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
    Path state = dataDir.resolve("feeds.json");
    FeedFetcher http = FeedFetcher.http(Duration.ofSeconds(5), IngestLimits.DEFAULTS);
    try (IngestService ingest = ingest()) {
      try (FeedPoller poller = new FeedPoller(List.of(url), http, ingest, state, Duration.ZERO)) {
        poller.pollAll();
        poller.pollAll();
      }
      assertThat(ingest.counts().accepted()).isEqualTo(2);
      assertThat(notModified.get()).isEqualTo(1);

      // A restart keeps the validators: the unchanged feed is not fetched again.
      try (FeedPoller restarted =
          new FeedPoller(List.of(url), http, ingest, state, Duration.ZERO)) {
        restarted.pollAll();
        assertThat(notModified.get()).isEqualTo(2);
        content.set(feed("The council voted on the budget, which passed by 7 votes to 4."));
        restarted.pollAll();
      }
      IngestCounts counts = ingest.counts();
      assertThat(counts.accepted()).as("the edited item is a new version").isEqualTo(3);
      assertThat(counts.duplicates()).as("the unchanged item").isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void feedThatTimesOutIsADeadLetterAndTheOtherFeedsGoOn() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.createContext(
        "/slow.xml",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.createContext(
        "/fine.xml",
        exchange -> {
          byte[] bytes = feed("timeout-it", "The council met.").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    FeedFetcher impatient = FeedFetcher.http(Duration.ofMillis(500), IngestLimits.DEFAULTS);
    try (IngestService ingest = ingest();
        FeedPoller poller =
            new FeedPoller(
                List.of(URI.create(base + "/slow.xml"), URI.create(base + "/fine.xml")),
                impatient,
                ingest,
                dataDir.resolve("timeout-feeds.json"),
                Duration.ZERO)) {
      poller.pollAll();
      assertThat(ingest.counts().rejected()).isEqualTo(1);
      assertThat(ingest.counts().accepted() + ingest.counts().duplicates()).isEqualTo(2);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void sameFolderIngestedTwiceGivesNoNewRecords() throws Exception {
    Path folder = Files.createDirectories(dataDir.resolve("wire"));
    Files.writeString(
        folder.resolve("a.txt"),
        "Storm closes schools\n\nSchools across the region closed on Thursday as the storm arrived.\n");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(
        folder.resolve("sub/b.txt"),
        "Museum reopens\n\nThe city museum reopened after two years of renovation.\n");
    Files.write(
        folder.resolve("garbage.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
    try (IngestService first = ingest()) {
      first.ingestPath(folder);
      first.flush();
      assertThat(first.counts().accepted()).isEqualTo(2);
      assertThat(first.counts().rejected()).isEqualTo(1);
    }
    try (IngestService second = ingest()) {
      second.ingestPath(folder);
      second.flush();
      assertThat(second.counts().accepted()).isZero();
      assertThat(second.counts().duplicates()).isEqualTo(2);
      assertThat(second.counts().rejected()).isEqualTo(1);
    }
  }
}
