package io.wirestream.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.Fixtures;
import io.wirestream.registry.RegistryClient;
import io.wirestream.registry.RegistryClient.Response;
import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.SchemaRegistryServer;
import io.wirestream.registry.TestServers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every endpoint shares: media types, error bodies, limits and authentication. */
class RestProtocolTest {

  @Test
  void unknownPathIsAJson404AsJerseyWritesIt() {
    try (SchemaRegistryServer server = TestServers.start()) {
      Response response =
          new RegistryClient(server.url())
              .get("/associations/subjects/users-value?resourceType=topic");

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).isEqualTo(RestDispatcher.CONTENT_TYPE);
      assertThat(response.body())
          .isEqualTo("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
    }
  }

  @Test
  void wrongMethodOnAKnownPathIs405() {
    try (SchemaRegistryServer server = TestServers.start()) {
      Response response = new RegistryClient(server.url()).put("/subjects", "{}");

      assertThat(response.status()).isEqualTo(405);
      assertThat(response.errorCode()).isEqualTo(405);
    }
  }

  @Test
  void rootAndModeAnswerLikeConfluent() {
    try (SchemaRegistryServer server = TestServers.start()) {
      RegistryClient client = new RegistryClient(server.url());

      assertThat(client.get("/").body()).isEqualTo("{}");
      assertThat(client.get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    }
  }

  @ParameterizedTest(name = "request content type {0} -> HTTP {1}")
  @CsvSource({
    "application/vnd.schemaregistry.v1+json, 200",
    "application/json, 200",
    "application/octet-stream, 200",
    "'application/json; charset=utf-8', 200",
    "text/plain, 415"
  })
  void requestMediaTypes(String contentType, int status) {
    try (SchemaRegistryServer server = TestServers.start()) {
      Response response =
          new RegistryClient(server.url())
              .send(
                  "POST", "/subjects/users-value/versions", Fixtures.body("user-v1"), contentType);

      assertThat(response.status()).isEqualTo(status);
    }
  }

  @Test
  void malformedJsonIs400() {
    try (SchemaRegistryServer server = TestServers.start()) {
      Response response =
          new RegistryClient(server.url()).post("/subjects/users-value/versions", "{\"schema\": ");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.errorCode()).isEqualTo(400);
    }
  }

  @Test
  void bodyOverTheLimitIs413() {
    try (SchemaRegistryServer server =
        TestServers.start(Map.of(RegistryConfig.REQUEST_MAX_BYTES_CONFIG, "1024"))) {
      Response response =
          new RegistryClient(server.url())
              .post("/subjects/users-value/versions", Fixtures.bodyOf("x".repeat(2048)));

      assertThat(response.status()).isEqualTo(413);
      assertThat(response.errorCode()).isEqualTo(413);
    }
  }

  @Test
  void basicAuthenticationRefusesMissingOrWrongCredentialsWith401() {
    Map<String, String> config =
        Map.of(
            RegistryConfig.AUTHENTICATION_METHOD_CONFIG, "BASIC",
            RegistryConfig.AUTHENTICATION_BASIC_USERS_CONFIG, "alice:s3cret, bob:hunter2");
    try (SchemaRegistryServer server = TestServers.start(config)) {
      RegistryClient anonymous = new RegistryClient(server.url());
      RegistryClient wrong = anonymous.withBasicAuth("alice", "hunter2");
      RegistryClient alice = anonymous.withBasicAuth("alice", "s3cret");

      Response refused = anonymous.get("/subjects");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.errorCode()).isEqualTo(401);
      assertThat(wrong.get("/subjects").status()).isEqualTo(401);
      assertThat(anonymous.withBasicAuth("mallory", "s3cret").get("/").status()).isEqualTo(401);
      assertThat(alice.get("/subjects").status()).isEqualTo(200);
      assertThat(anonymous.withBasicAuth("bob", "hunter2").get("/").status()).isEqualTo(200);
    }
  }

  @Test
  void bindsToLoopbackByDefault() {
    RegistryConfig config = new RegistryConfig(Map.of());

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8081);
  }
}
