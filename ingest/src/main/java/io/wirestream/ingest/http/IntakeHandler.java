package io.wirestream.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.kafka.ItemOutcome;
import io.wirestream.ingest.source.IngestService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * HTTP intake: {@code POST /articles} with a body in any supported format (JSON, JSON Lines, ninjs,
 * NewsML-G2, RSS/Atom, HTML, plain text; the Content-Type is a hint, the content decides). Answers
 * with one result per item: accepted (with id and version), duplicate, or rejected with the reason.
 * Optional bearer token; the body is bounded; mountable on any JDK HTTP server.
 */
public final class IntakeHandler implements HttpHandler {

  public static final String PATH = "/articles";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Most of an oversized body read and dropped before answering 413. */
  private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

  private final IngestService ingest;
  private final byte[] token;
  private final long maxBodyBytes;

  /**
   * @param token bearer token required on every request, or null/blank for none
   * @param maxBodyBytes larger bodies get 413
   */
  public IntakeHandler(IngestService ingest, String token, long maxBodyBytes) {
    this.ingest = ingest;
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        error(exchange, 405, "use POST " + PATH);
        return;
      }
      if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
        error(exchange, 401, "a valid bearer token is required");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
          // Read (and drop) a bounded rest first: closing on unread data resets the connection,
          // and the client would lose the 413 answer.
          in.skipNBytes(Math.min(drainable(exchange), DRAIN_LIMIT));
          error(exchange, 413, "request body exceeds " + maxBodyBytes + " bytes");
          return;
        }
      }
      String client =
          exchange.getRemoteAddress() == null
              ? "unknown"
              : exchange.getRemoteAddress().getAddress().getHostAddress();
      InputDocument document =
          new InputDocument(
              "http://" + client + PATH,
              body,
              exchange.getRequestHeaders().getFirst("Content-Type"));
      List<ItemOutcome> outcomes =
          ingest.ingest(document, new SourceInfo("http:" + client, SourceKind.HTTP, null));
      ingest.flush();
      respond(exchange, 200, results(outcomes));
    }
  }

  /** The declared length still unread, or 0 when it is not declared. */
  private long drainable(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? 0 : Math.max(0, Long.parseLong(length.trim()) - maxBodyBytes - 1);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private boolean authorised(String header) {
    if (token == null) {
      return true;
    }
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectNode results(List<ItemOutcome> outcomes) {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (ItemOutcome outcome : outcomes) {
      ObjectNode item = items.addObject();
      ItemOutcome.Status status = outcome.status();
      item.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
      if (outcome.id() != null) {
        item.put("id", outcome.id());
        item.put("version", outcome.version());
      }
      switch (status) {
        case ACCEPTED -> accepted++;
        case DUPLICATE -> duplicates++;
        case REJECTED -> {
          rejected++;
          item.put("reason", outcome.reason());
        }
      }
    }
    answer.put("accepted", accepted).put("duplicates", duplicates).put("rejected", rejected);
    return answer;
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    respond(exchange, status, JSON.createObjectNode().put("error", message));
  }

  private static void respond(HttpExchange exchange, int status, ObjectNode body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
