package io.wirestream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A bare HTTP client for tests: sends what a Confluent client would and returns the raw answer. */
public final class RegistryClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String authorization;

  public RegistryClient(String baseUrl) {
    this(baseUrl, null);
  }

  private RegistryClient(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public RegistryClient withBasicAuth(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new RegistryClient(baseUrl, "Basic " + token);
  }

  /** A response: status, content type and body (parsed as JSON when it is JSON). */
  public record Response(int status, String contentType, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    public int errorCode() {
      return json().path("error_code").asInt();
    }
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Response post(String path, String body) {
    return send("POST", path, body, "application/vnd.schemaregistry.v1+json");
  }

  public Response put(String path, String body) {
    return send("PUT", path, body, "application/vnd.schemaregistry.v1+json");
  }

  public Response send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Registers a fixture under a subject and returns the id; fails the test on any error. */
  public int register(String subject, String fixture) {
    Response response = post("/subjects/" + subject + "/versions", Fixtures.body(fixture));
    if (response.status() != 200) {
      throw new AssertionError(
          "Registering " + fixture + " under " + subject + " failed: " + response.body());
    }
    return response.json().get("id").asInt();
  }
}
