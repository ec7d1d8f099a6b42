package io.wirestream.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.Fixtures;
import io.wirestream.registry.RegistryClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /config} and {@code /compatibility}. */
class ConfigResourceTest extends RunningRegistry {

  @Test
  void globalLevelIsBackwardByDefault() {
    assertThat(client.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  @Test
  void putAnswersCompatibilityAndGetAnswersCompatibilityLevel() {
    Response put = client.put("/config", "{\"compatibility\":\"full\"}");

    assertThat(put.body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    assertThat(client.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
  }

  @Test
  void subjectWithoutItsOwnLevelIs40408UnlessDefaultToGlobal() {
    Response own = client.get("/config/users-value");
    assertThat(own.status()).isEqualTo(404);
    assertThat(own.errorCode()).isEqualTo(40408);

    assertThat(client.get("/config/users-value?defaultToGlobal=true").body())
        .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  @Test
  void subjectLevelCanBeSetReadAndDeleted() {
    client.put("/config/users-value", "{\"compatibility\":\"NONE\"}");

    assertThat(client.get("/config/users-value").body())
        .isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertThat(client.delete("/config/users-value").body())
        .isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertThat(client.get("/config/users-value").errorCode()).isEqualTo(40408);
    assertThat(client.delete("/config/users-value").errorCode()).isEqualTo(40408);
  }

  @Test
  void subjectLevelNoneLetsAnIncompatibleSchemaIn() {
    client.register("users-value", "user-v1");
    client.put("/config/users-value", "{\"compatibility\":\"NONE\"}");

    assertThat(
            client
                .post("/subjects/users-value/versions", Fixtures.body("user-required-age"))
                .status())
        .isEqualTo(200);
  }

  @ParameterizedTest(name = "level \"{0}\" is refused")
  @CsvSource({"SIDEWAYS", "''", "BACKWARDS"})
  void invalidLevelIs42203(String level) {
    Response response = client.put("/config", "{\"compatibility\":\"" + level + "\"}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorCode()).isEqualTo(42203);
  }

  @Test
  void deletingTheGlobalLevelRestoresTheConfiguredDefault() {
    client.put("/config", "{\"compatibility\":\"FORWARD\"}");

    assertThat(client.delete("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
    assertThat(client.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  @ParameterizedTest(name = "{0} after user-v1 under BACKWARD: compatible={1}")
  @CsvSource({
    "user-optional-email, true", "user-without-name, true",
    "user-required-age, false", "user-name-int-default, false"
  })
  void compatibilityEndpointAnswersWithoutRegistering(String fixture, boolean compatible) {
    client.register("users-value", "user-v1");

    Response response =
        client.post(
            "/compatibility/subjects/users-value/versions/latest?verbose=true",
            Fixtures.body(fixture));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("is_compatible").asBoolean()).isEqualTo(compatible);
    assertThat(response.json().get("messages").isEmpty()).isEqualTo(compatible);
    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void compatibilityMessagesOnlyWhenVerbose() {
    client.register("users-value", "user-v1");

    Response response =
        client.post(
            "/compatibility/subjects/users-value/versions/1", Fixtures.body("user-required-age"));

    assertThat(response.body()).isEqualTo("{\"is_compatible\":false}");
  }

  @Test
  void compatibilityAgainstMissingSubjectOrVersion() {
    client.register("users-value", "user-v1");

    assertThat(
            client
                .post("/compatibility/subjects/nobody/versions/latest", Fixtures.body("user-v1"))
                .errorCode())
        .isEqualTo(40401);
    assertThat(
            client
                .post("/compatibility/subjects/users-value/versions/7", Fixtures.body("user-v1"))
                .errorCode())
        .isEqualTo(40402);
    assertThat(
            client
                .post("/compatibility/subjects/nobody/versions", Fixtures.body("user-v1"))
                .json()
                .get("is_compatible")
                .asBoolean())
        .isTrue();
  }

  @Test
  void transitiveLevelChecksEveryLiveVersion() {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-without-name");
    String candidate = Fixtures.body("user-name-int-default");

    assertThat(
            client
                .post("/compatibility/subjects/users-value/versions", candidate)
                .json()
                .get("is_compatible")
                .asBoolean())
        .isTrue();

    client.put("/config/users-value", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");
    assertThat(
            client
                .post("/compatibility/subjects/users-value/versions", candidate)
                .json()
                .get("is_compatible")
                .asBoolean())
        .isFalse();
    assertThat(client.post("/subjects/users-value/versions", candidate).errorCode())
        .isEqualTo(40901);
  }
}
