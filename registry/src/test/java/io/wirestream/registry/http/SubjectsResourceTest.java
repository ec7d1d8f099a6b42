package io.wirestream.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.registry.Fixtures;
import io.wirestream.registry.RegistryClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectsResourceTest extends RunningRegistry {

  @Test
  void registeringReturnsIdAndCanonicalSchemaIsStored() {
    Response response = client.post("/subjects/users-value/versions", Fixtures.body("user-v1"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(response.json().get("id").asInt()).isEqualTo(1);
    JsonNode version = client.get("/subjects/users-value/versions/1").json();
    assertThat(version.get("subject").asText()).isEqualTo("users-value");
    assertThat(version.get("version").asInt()).isEqualTo(1);
    assertThat(version.get("id").asInt()).isEqualTo(1);
    // Confluent answers with Avro's compact form, not the text that was sent.
    assertThat(version.get("schema").asText()).doesNotContain("\n").contains("\"name\":\"User\"");
    assertThat(version.has("schemaType")).isFalse();
  }

  @Test
  void sameSchemaFormattedDifferentlyGetsTheSameIdAndNoNewVersion() {
    int first = client.register("users-value", "user-v1");
    int again = client.register("users-value", "user-v1-reformatted");

    assertThat(again).isEqualTo(first);
    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void sameSchemaInAnotherSubjectReusesTheIdWithItsOwnVersion() {
    client.register("a-value", "user-v1");
    client.register("a-value", "user-optional-email");
    int id = client.register("b-value", "user-optional-email");

    assertThat(id).isEqualTo(2);
    assertThat(client.get("/subjects/b-value/versions/latest").json().get("version").asInt())
        .isEqualTo(1);
    assertThat(client.get("/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
  }

  @Test
  void aDocumentationChangeIsANewSchema() {
    int plain = client.register("users-value", "user-v1");
    int documented = client.register("users-value", "user-v1-with-doc");

    assertThat(documented).isNotEqualTo(plain);
    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[1,2]");
  }

  @Test
  void normalizeMakesCustomPropertyOrderIrrelevant() {
    Response first =
        client.post("/subjects/t-value/versions?normalize=true", Fixtures.body("custom-props-ab"));
    Response second =
        client.post("/subjects/t-value/versions?normalize=true", Fixtures.body("custom-props-ba"));

    assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
  }

  @Test
  void incompatibleChangeIsRefusedWith40901() {
    client.register("users-value", "user-v1");

    Response response =
        client.post("/subjects/users-value/versions", Fixtures.body("user-required-age"));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.errorCode()).isEqualTo(40901);
    assertThat(response.json().get("message").asText())
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[1]");
  }

  @ParameterizedTest(name = "{0} is refused with 422/42201")
  @CsvSource({"invalid-unknown-type", "invalid-bad-default"})
  void invalidSchemaIsRefusedWith42201(String fixture) {
    Response response = client.post("/subjects/users-value/versions", Fixtures.body(fixture));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorCode()).isEqualTo(42201);
  }

  @Test
  void nonAvroSchemaTypeIsRefusedWith42201() {
    Response response =
        client.post(
            "/subjects/users-value/versions",
            "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorCode()).isEqualTo(42201);
  }

  @Test
  void lookupFindsTheVersionHoldingTheSchema() {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-optional-email");

    Response response = client.post("/subjects/users-value", Fixtures.body("user-v1-reformatted"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("version").asInt()).isEqualTo(1);
    assertThat(response.json().get("id").asInt()).isEqualTo(1);
    assertThat(response.json().get("subject").asText()).isEqualTo("users-value");
    assertThat(response.json().has("schema")).isTrue();
  }

  @ParameterizedTest(name = "lookup under {0} answers {1}")
  @CsvSource({"unknown-value, 40401", "users-value, 40403"})
  void lookupOfAnUnregisteredSchemaFails(String subject, int errorCode) {
    client.register("users-value", "user-v1");

    Response response = client.post("/subjects/" + subject, Fixtures.body("user-optional-email"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo(errorCode);
  }

  @ParameterizedTest(name = "version {0} of users-value -> HTTP {1}, error {2}")
  @CsvSource({
    "1, 200, 0", "2, 200, 0", "latest, 200, 0", "-1, 200, 0",
    "3, 404, 40402", "0, 422, 42202", "-2, 422, 42202", "first, 422, 42202"
  })
  void versionSpecsAreParsedAsConfluentDoes(String spec, int status, int errorCode) {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-optional-email");

    Response response = client.get("/subjects/users-value/versions/" + spec);

    assertThat(response.status()).isEqualTo(status);
    if (errorCode != 0) {
      assertThat(response.errorCode()).isEqualTo(errorCode);
    }
  }

  @Test
  void latestIsTheHighestLiveVersion() {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-optional-email");

    assertThat(client.get("/subjects/users-value/versions/latest").json().get("version").asInt())
        .isEqualTo(2);
  }

  @Test
  void unknownSubjectIs40401() {
    assertThat(client.get("/subjects/nobody/versions").errorCode()).isEqualTo(40401);
    assertThat(client.get("/subjects/nobody/versions/1").errorCode()).isEqualTo(40401);
    assertThat(client.delete("/subjects/nobody").errorCode()).isEqualTo(40401);
  }

  @Test
  void rawSchemaEndpointReturnsTheSchemaItself() {
    client.register("users-value", "user-v1");

    Response response = client.get("/subjects/users-value/versions/1/schema");

    assertThat(response.json().get("name").asText()).isEqualTo("User");
    assertThat(response.json().get("fields")).hasSize(2);
  }

  @Test
  void subjectPrefixFiltersTheSubjectList() {
    client.register("news.raw-value", "user-v1");
    client.register("news.enriched-value", "user-v1");
    client.register("other-value", "user-v1");

    assertThat(client.get("/subjects?subjectPrefix=news.").body())
        .isEqualTo("[\"news.enriched-value\",\"news.raw-value\"]");
  }

  @Test
  void subjectNamesWithReservedCharactersRoundTrip() {
    client.register("a%2Fb+c-value", "user-v1");

    assertThat(client.get("/subjects").json().get(0).asText()).isEqualTo("a/b+c-value");
    assertThat(client.get("/subjects/a%2Fb+c-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void referencesResolveNamedTypesFromAnotherSubject() {
    client.register("address-value", "address");

    Response registered =
        client.post(
            "/subjects/users-value/versions",
            Fixtures.bodyWithReference(
                "user-with-address-ref", "io.wirestream.test.Address", "address-value", 1));

    assertThat(registered.status()).isEqualTo(200);
    JsonNode version = client.get("/subjects/users-value/versions/1").json();
    assertThat(version.get("references").get(0).get("subject").asText()).isEqualTo("address-value");
    // The referenced type stays a name, it is not inlined.
    assertThat(version.get("schema").asText()).doesNotContain("\"city\"");
  }

  @Test
  void aReferencedVersionListsItsReferrersAndCannotBeDeleted() {
    client.register("address-value", "address");
    int id =
        client
            .post(
                "/subjects/users-value/versions",
                Fixtures.bodyWithReference(
                    "user-with-address-ref", "io.wirestream.test.Address", "address-value", 1))
            .json()
            .get("id")
            .asInt();

    assertThat(client.get("/subjects/address-value/versions/1/referencedby").body())
        .isEqualTo("[" + id + "]");
    assertThat(client.delete("/subjects/address-value/versions/1").errorCode()).isEqualTo(42206);
    assertThat(client.delete("/subjects/address-value").errorCode()).isEqualTo(42206);
    assertThat(client.get("/subjects/users-value/versions/1/referencedby").body()).isEqualTo("[]");
  }

  @Test
  void unresolvableReferenceIs42201() {
    Response response =
        client.post(
            "/subjects/users-value/versions",
            Fixtures.bodyWithReference(
                "user-with-address-ref", "io.wirestream.test.Address", "address-value", 1));

    assertThat(response.errorCode()).isEqualTo(42201);
  }
}
