package io.wirestream.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.RegistryClient.Response;
import org.junit.jupiter.api.Test;

class SchemasResourceTest extends RunningRegistry {

  @Test
  void schemaByIdCarriesOnlyTheSchemaForAvro() {
    client.register("users-value", "user-v1");

    Response response = client.get("/schemas/ids/1?fetchMaxId=false&subject=users-value");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().fieldNames()).toIterable().containsExactly("schema");
    assertThat(response.json().get("schema").asText()).startsWith("{\"type\":\"record\"");
  }

  @Test
  void unknownIdIs40403() {
    assertThat(client.get("/schemas/ids/42").status()).isEqualTo(404);
    assertThat(client.get("/schemas/ids/42").errorCode()).isEqualTo(40403);
  }

  @Test
  void idListsEverySubjectAndVersionUsingIt() {
    client.register("a-value", "user-v1");
    client.register("b-value", "user-optional-email");
    client.register("b-value", "user-v1");

    assertThat(client.get("/schemas/ids/1/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
    assertThat(client.get("/schemas/ids/1/versions").body())
        .isEqualTo(
            "[{\"subject\":\"a-value\",\"version\":1},{\"subject\":\"b-value\",\"version\":2}]");
  }

  @Test
  void rawSchemaById() {
    client.register("users-value", "user-v1");

    assertThat(client.get("/schemas/ids/1/schema").json().get("name").asText()).isEqualTo("User");
  }

  @Test
  void onlyAvroIsClaimed() {
    assertThat(client.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
  }

  @Test
  void schemaListingCanBeLimitedToLatestVersions() {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-optional-email");

    assertThat(client.get("/schemas").json()).hasSize(2);
    Response latest = client.get("/schemas?latestOnly=true");
    assertThat(latest.json()).hasSize(1);
    assertThat(latest.json().get(0).get("version").asInt()).isEqualTo(2);
  }
}
