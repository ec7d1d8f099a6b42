package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.SchemaRegistryServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry on a real broker: its state lives in the schemas topic, not in the process. */
class SchemaRegistryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String USER_V1 =
      "{\"type\":\"record\",\"name\":\"User\",\"fields\":["
          + "{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String USER_V2 =
      "{\"type\":\"record\",\"name\":\"User\",\"fields\":["
          + "{\"name\":\"id\",\"type\":\"string\"},"
          + "{\"name\":\"email\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
  private static final String USER_V3_INCOMPATIBLE =
      "{\"type\":\"record\",\"name\":\"User\","
          + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"age\",\"type\":\"int\"}]}";

  @TempDir static Path dataDir;
  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startOnFreePorts(dataDir);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void schemasConfigAndDeletionsSurviveARegistryRestart() throws Exception {
    String topic = "_schemas_restart";
    int v1;
    int v2;
    try (SchemaRegistryServer first = registry(topic)) {
      v1 = register(first, "users-value", USER_V1);
      v2 = register(first, "users-value", USER_V2);
      register(first, "gone-value", USER_V1);
      call(first, "DELETE", "/subjects/gone-value", null);
      call(first, "PUT", "/config/users-value", "{\"compatibility\":\"FULL\"}");
    }

    try (SchemaRegistryServer second = registry(topic)) {
      assertThat(call(second, "GET", "/subjects", null).toString()).isEqualTo("[\"users-value\"]");
      assertThat(call(second, "GET", "/subjects/users-value/versions", null).toString())
          .isEqualTo("[1,2]");
      assertThat(call(second, "GET", "/schemas/ids/" + v2, null).get("schema").asText())
          .contains("email");
      assertThat(
              call(second, "GET", "/config/users-value", null).get("compatibilityLevel").asText())
          .isEqualTo("FULL");
      // The same schema again is recognised: same id, no new version.
      assertThat(register(second, "users-value", USER_V1)).isEqualTo(v1);
      // A new schema continues the id sequence instead of reusing an id.
      assertThat(register(second, "other-value", USER_V3_INCOMPATIBLE)).isEqualTo(v2 + 1);
      assertThat(
              call(second, "POST", "/subjects/users-value/versions", body(USER_V3_INCOMPATIBLE))
                  .get("error_code")
                  .asInt())
          .isEqualTo(40901);
    }

    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      TopicDescription description =
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      String policy =
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get()
              .get(resource)
              .get(TopicConfig.CLEANUP_POLICY_CONFIG)
              .value();
      assertThat(description.partitions()).hasSize(1);
      assertThat(policy).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
    }
  }

  @Test
  void twoRegistriesOnOneTopicAgreeOnIds() throws Exception {
    String topic = "_schemas_shared";
    try (SchemaRegistryServer a = registry(topic);
        SchemaRegistryServer b = registry(topic)) {
      int fromA = register(a, "users-value", USER_V1);
      // b catches up with the topic before writing, so it finds a's schema rather than a new id.
      int fromB = register(b, "orders-value", USER_V1);
      int newFromB = register(b, "users-value", USER_V2);

      assertThat(fromB).isEqualTo(fromA);
      assertThat(newFromB).isNotEqualTo(fromA);
      // a learns of b's writes by tailing the topic.
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(call(a, "GET", "/schemas/ids/" + newFromB, null).has("schema"))
                      .isTrue());
      assertThat(call(a, "GET", "/subjects/users-value/versions/latest", null).get("id").asInt())
          .isEqualTo(newFromB);
      assertThat(call(a, "GET", "/schemas/ids/" + fromA + "/subjects", null).toString())
          .isEqualTo("[\"users-value\",\"orders-value\"]");
    }
  }

  private static SchemaRegistryServer registry(String topic) {
    return SchemaRegistryServer.withKafkaStore(
            new RegistryConfig(
                Map.of(
                    RegistryConfig.LISTENERS_CONFIG,
                    "http://127.0.0.1:0",
                    RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers(),
                    RegistryConfig.KAFKASTORE_TOPIC_CONFIG,
                    topic,
                    RegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG,
                    "1")))
        .start();
  }

  private static int register(SchemaRegistryServer server, String subject, String schema)
      throws Exception {
    JsonNode response = call(server, "POST", "/subjects/" + subject + "/versions", body(schema));
    assertThat(response.has("id")).as("register response %s", response).isTrue();
    return response.get("id").asInt();
  }

  private static String body(String schema) {
    return JSON.createObjectNode().put("schema", schema).toString();
  }

  private static JsonNode call(SchemaRegistryServer server, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }
}
