package io.wirestream.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REST client for a Confluent-compatible Schema Registry (Wirestream's own or Confluent's).
 *
 * <p>Requests have a timeout; a request that cannot connect or gets a 5xx is retried with
 * exponential backoff, trying each configured URL in turn, so producers ride out a registry that is
 * briefly away. A 4xx answer is final and raised as a {@link SchemaRegistryException} with the
 * registry's {@code error_code} and message.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger log = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BACKOFF_MS = 5_000;

  private final List<URI> baseUrls;
  private final Optional<String> authorization;
  private final Duration timeout;
  private final int maxRetries;
  private final long backoffMs;
  private final HttpClient http;

  public RestSchemaRegistryClient(
      List<String> baseUrls,
      Optional<String> userInfo,
      Duration timeout,
      int maxRetries,
      long backoffMs) {
    if (baseUrls.isEmpty()) {
      throw new IllegalArgumentException("No schema registry URL configured");
    }
    this.baseUrls = baseUrls.stream().map(u -> URI.create(u.endsWith("/") ? u : u + "/")).toList();
    this.authorization =
        userInfo
            .filter(s -> !s.isBlank())
            .map(
                s ->
                    "Basic "
                        + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    this.timeout = timeout;
    this.maxRetries = maxRetries;
    this.backoffMs = backoffMs;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** A client for the given URL with default timeout and retries. */
  public static RestSchemaRegistryClient forUrl(String url) {
    return new RestSchemaRegistryClient(
        List.of(url), Optional.empty(), Duration.ofSeconds(10), 8, 100);
  }

  static RestSchemaRegistryClient fromConfig(AvroSerdeConfig config) {
    List<String> urls = new ArrayList<>();
    Optional<String> userInfo = Optional.empty();
    for (String url : config.getList(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG)) {
      URI uri = URI.create(url.trim());
      if (uri.getUserInfo() != null) {
        if ("URL".equals(config.getString(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG))) {
          userInfo = Optional.of(uri.getUserInfo());
        }
        url =
            uri.getScheme()
                + "://"
                + uri.getHost()
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath();
      }
      urls.add(url.trim());
    }
    if ("USER_INFO"
        .equals(config.getString(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG))) {
      userInfo =
          Optional.of(config.getPassword(AvroSerdeConfig.BASIC_AUTH_USER_INFO_CONFIG).value());
    }
    return new RestSchemaRegistryClient(
        urls,
        userInfo,
        Duration.ofMillis(config.getInt(AvroSerdeConfig.REQUEST_TIMEOUT_MS_CONFIG)),
        config.getInt(AvroSerdeConfig.MAX_RETRIES_CONFIG),
        config.getInt(AvroSerdeConfig.RETRY_BACKOFF_MS_CONFIG));
  }

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  @Override
  public int register(String subject, String schema, boolean normalize) {
    JsonNode answer =
        send(
            "POST",
            "subjects/" + encode(subject) + "/versions" + (normalize ? "?normalize=true" : ""),
            schemaBody(schema));
    return answer.path("id").asInt();
  }

  /** The schema with this global id. */
  @Override
  public String schemaById(int id) {
    return send("GET", "schemas/ids/" + id, null).path("schema").asText();
  }

  /** Where {@code schema} is registered under {@code subject}; 40401/40403 when it is not. */
  @Override
  public RegisteredSchema lookup(String subject, String schema) {
    return registered(send("POST", "subjects/" + encode(subject), schemaBody(schema)));
  }

  /** The latest version registered under {@code subject}. */
  @Override
  public RegisteredSchema latest(String subject) {
    return registered(send("GET", "subjects/" + encode(subject) + "/versions/latest", null));
  }

  /** One version of {@code subject}. */
  @Override
  public RegisteredSchema version(String subject, int version) {
    return registered(send("GET", "subjects/" + encode(subject) + "/versions/" + version, null));
  }

  /** All subjects. */
  @Override
  public List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    send("GET", "subjects", null).forEach(n -> subjects.add(n.asText()));
    return subjects;
  }

  /** Whether {@code schema} could be registered under {@code subject} now. */
  @Override
  public boolean isCompatible(String subject, String schema) {
    return send(
            "POST",
            "compatibility/subjects/" + encode(subject) + "/versions/latest",
            schemaBody(schema))
        .path("is_compatible")
        .asBoolean();
  }

  private static RegisteredSchema registered(JsonNode n) {
    return new RegisteredSchema(
        n.path("subject").asText(),
        n.path("version").asInt(),
        n.path("id").asInt(),
        n.path("schema").asText());
  }

  private static String schemaBody(String schema) {
    ObjectNode body = JSON.createObjectNode();
    body.put("schema", schema);
    return body.toString();
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(String method, String path, String body) {
    IOException lastFailure = null;
    String lastServerError = null;
    for (int attempt = 0; attempt <= maxRetries; attempt++) {
      URI base = baseUrls.get(attempt % baseUrls.size());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(timeout)
              .header("Accept", CONTENT_TYPE + ", application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        request.header("Content-Type", CONTENT_TYPE);
      }
      authorization.ifPresent(a -> request.header("Authorization", a));
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
          return JSON.readTree(response.body());
        }
        JsonNode error = parseError(response.body());
        int code = error.path("error_code").asInt(status);
        String message = error.path("message").asText(response.body());
        if (status < 500) {
          throw new SchemaRegistryException(
              status, code, method + " " + base.resolve(path) + ": " + message);
        }
        lastServerError = "HTTP " + status + " error_code " + code + ": " + message;
      } catch (IOException e) {
        lastFailure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
      }
      if (attempt < maxRetries) {
        long delay = Math.min(MAX_BACKOFF_MS, backoffMs << Math.min(attempt, 20));
        log.debug("Schema registry {} {} failed, retrying in {} ms", method, path, delay);
        sleep(delay);
      }
    }
    String why = lastServerError != null ? lastServerError : String.valueOf(lastFailure);
    throw new SchemaRegistryException(
        "Schema registry at "
            + baseUrls
            + " did not answer "
            + method
            + " /"
            + path
            + " after "
            + (maxRetries + 1)
            + " attempts: "
            + why,
        lastFailure);
  }

  private static JsonNode parseError(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(
          "Interrupted while waiting to retry the schema registry", e);
    }
  }
}
