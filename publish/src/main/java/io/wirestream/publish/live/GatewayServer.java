package io.wirestream.publish.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.ArticlePredicate;
import io.wirestream.publish.route.PredicateQuery;
import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the publish service, on the JDK's HTTP server: the dashboard page ({@code /}),
 * the live stream ({@code /stream}, Server-Sent Events), {@code /routes}, {@code /health} (JSON)
 * and {@code /metrics} (Prometheus text). Binds to loopback unless configured otherwise.
 */
public final class GatewayServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Settings of the live stream. */
  public record Options(int clientQueue, int maxClients, Duration heartbeat) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final EventRing ring;
  private final Supplier<RouteTable> routes;
  private final Supplier<Map<String, Object>> health;
  private final PublishMetrics metrics;
  private final Options options;
  private final AtomicInteger clients = new AtomicInteger();
  private final byte[] page;
  private volatile boolean open = true;

  public GatewayServer(
      String host,
      int port,
      EventRing ring,
      Supplier<RouteTable> routes,
      Supplier<Map<String, Object>> health,
      PublishMetrics metrics,
      Options options)
      throws IOException {
    this.ring = ring;
    this.routes = routes;
    this.health = health;
    this.metrics = metrics;
    this.options = options;
    this.page = resource("index.html");
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    // One thread per streaming client; threads are cheap next to an open socket and leave when it
    // closes.
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "wirestream-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::guarded);
    metrics.sseClients(clients::get);
    server.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getHostString() + ":" + address.getPort() + "/";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void guarded(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain; charset=utf-8", "Only GET is served here.\n");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", page);
        case "/stream" -> stream(exchange);
        case "/routes" ->
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(routeList()));
        case "/health" -> health(exchange);
        case "/metrics" ->
            send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.prometheus());
        default ->
            send(
                exchange,
                404,
                "text/plain; charset=utf-8",
                "Not found. Try /, /stream, /routes, /health, /metrics.\n");
      }
    } catch (IOException e) {
      log.debug("HTTP client went away: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.warn("HTTP request {} failed", exchange.getRequestURI(), e);
    }
  }

  private void health(HttpExchange exchange) throws IOException {
    Map<String, Object> status = new LinkedHashMap<>(health.get());
    status.put("sseClients", clients.get());
    status.put("liveBuffer", ring.size());
    boolean up = "UP".equals(status.get("status"));
    send(exchange, up ? 200 : 503, "application/json", JSON.writeValueAsBytes(status));
  }

  private List<Map<String, Object>> routeList() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Route r : routes.get().routes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("topic", r.topic());
      m.put("jsonTopic", r.jsonTopic());
      m.put("webhook", r.webhook() != null);
      out.add(m);
    }
    return out;
  }

  private void stream(HttpExchange exchange) throws IOException {
    Map<String, List<String>> params = query(exchange.getRequestURI().getRawQuery());
    ArticlePredicate filter;
    StreamPosition from;
    int backlog;
    try {
      filter = filter(params);
      String lastId =
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Last-Event-ID"))
              .orElse(first(params, "lastEventId"));
      from = lastId == null || lastId.isBlank() ? null : StreamPosition.parse(lastId);
      backlog = Integer.parseInt(Optional.ofNullable(first(params, "backlog")).orElse("0"));
    } catch (IllegalArgumentException e) {
      send(exchange, 400, "text/plain; charset=utf-8", e.getMessage() + "\n");
      return;
    }
    if (clients.incrementAndGet() > options.maxClients()) {
      clients.decrementAndGet();
      send(
          exchange,
          503,
          "text/plain; charset=utf-8",
          "Too many live-stream clients; try again later.\n");
      return;
    }
    SseClient client =
        new SseClient(filter, options.clientQueue(), from == null ? StreamPosition.START : from);
    try {
      List<LiveEvent> missed = ring.subscribe(client, from, backlog, client::wants);
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      String dropped =
          client.serve(out, missed, options.heartbeat(), () -> open, metrics::sseEvent);
      if (dropped != null) {
        metrics.sseDropped();
        log.info("Live-stream client {} dropped: {}", exchange.getRemoteAddress(), dropped);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ring.unsubscribe(client);
      clients.decrementAndGet();
    }
  }

  private ArticlePredicate filter(Map<String, List<String>> params) {
    String route = first(params, "route");
    if (route != null && !route.isBlank()) {
      if (params.keySet().stream()
          .anyMatch(k -> !k.equals("route") && !k.equals("backlog") && !k.equals("lastEventId"))) {
        throw new IllegalArgumentException(
            "give either route= or filters (tag, topic, place, ...), not both");
      }
      return routes
          .get()
          .route(route)
          .orElseThrow(() -> new IllegalArgumentException("no route named '" + route + "'"))
          .predicate();
    }
    Map<String, List<String>> criteria = new LinkedHashMap<>(params);
    criteria.remove("backlog");
    criteria.remove("lastEventId");
    return PredicateQuery.parse(criteria);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (type.startsWith("text/html")) {
      // The page loads nothing from elsewhere and runs only its own script.
      exchange
          .getResponseHeaders()
          .set(
              "Content-Security-Policy",
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
    }
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = GatewayServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /**
   * Serves another handler on this server under {@code path} (the longest matching path wins), so
   * the embedded stack's HTTP intake shares the dashboard's address.
   */
  public void mount(String path, com.sun.net.httpserver.HttpHandler handler) {
    server.createContext(path, handler);
  }

  @Override
  public void close() {
    open = false;
    server.stop(0);
    executor.shutdownNow();
  }
}
