package io.wirestream.registry.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wirestream.registry.RegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP handler: authenticates, routes, bounds and parses the request, runs the route and
 * writes its result, turning every failure into Confluent's JSON error body. Confluent's clients
 * read {@code error_code} even from 404s on unknown paths, so nothing leaves here without one.
 */
public final class RestDispatcher implements HttpHandler {

  /** Confluent's media type; responses always carry it. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private static final Set<String> ACCEPTED_BODY_TYPES =
      Set.of(
          CONTENT_TYPE,
          "application/vnd.schemaregistry+json",
          "application/json",
          "application/octet-stream");
  private static final Logger LOG = LoggerFactory.getLogger(RestDispatcher.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Router router;
  private final BasicAuthGuard guard;
  private final int maxRequestBytes;

  /**
   * @param guard null when authentication is off
   */
  public RestDispatcher(Router router, BasicAuthGuard guard, int maxRequestBytes) {
    this.router = router;
    this.guard = guard;
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (guard != null && !guard.allows(authorization)) {
          exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SchemaRegistry\"");
          throw new RegistryException(401, 401, "Unauthorized");
        }
        Router.Match match =
            router.route(
                exchange.getRequestMethod(), pathSegments(exchange.getRequestURI().getRawPath()));
        if (match.handler() == null) {
          throw match.pathKnown()
              ? new RegistryException(405, 405, "HTTP 405 Method Not Allowed")
              : new RegistryException(404, 404, "HTTP 404 Not Found");
        }
        byte[] body = readBody(exchange);
        RestRequest request =
            new RestRequest(
                match.params(), queryParams(exchange.getRequestURI().getRawQuery()), body);
        send(exchange, 200, match.handler().handle(request));
      } catch (RegistryException e) {
        if (e.httpStatus() >= 500) {
          LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
        send(exchange, e.httpStatus(), error(e.errorCode(), e.getMessage()));
      } catch (RuntimeException e) {
        LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        send(exchange, 500, error(500, "Internal server error: " + e));
      }
    }
  }

  private byte[] readBody(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declaredLength != null && parseLong(declaredLength) > maxRequestBytes) {
      throw tooLarge();
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(maxRequestBytes + 1);
      if (body.length > maxRequestBytes) {
        throw tooLarge();
      }
      if (body.length > 0
          && contentType != null
          && !ACCEPTED_BODY_TYPES.contains(
              contentType.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
        throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type");
      }
      return body;
    }
  }

  private RegistryException tooLarge() {
    return new RegistryException(
        413, 413, "Request body is larger than " + maxRequestBytes + " bytes");
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Splits a raw path into decoded segments; "+" stays "+" in a path, unlike in a form. */
  static List<String> pathSegments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  static Map<String, String> queryParams(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> error(int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", code);
    body.put("message", message);
    return body;
  }

  private static void send(HttpExchange exchange, int status, Object value) throws IOException {
    byte[] bytes =
        value instanceof Router.RawJson raw
            ? raw.json().getBytes(StandardCharsets.UTF_8)
            : JSON.writeValueAsBytes(value);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
