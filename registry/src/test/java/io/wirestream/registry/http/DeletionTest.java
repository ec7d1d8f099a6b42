package io.wirestream.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Soft and permanent deletion of subjects and versions, with Confluent's error codes. */
class DeletionTest extends RunningRegistry {

  @BeforeEach
  void registerTwoVersions() {
    client.register("users-value", "user-v1");
    client.register("users-value", "user-optional-email");
  }

  @Test
  void softDeletedSubjectIsHiddenUnlessDeletedIsAsked() {
    assertThat(client.delete("/subjects/users-value").body()).isEqualTo("[1,2]");

    assertThat(client.get("/subjects").body()).isEqualTo("[]");
    assertThat(client.get("/subjects?deleted=true").body()).isEqualTo("[\"users-value\"]");
    assertThat(client.get("/subjects/users-value/versions").errorCode()).isEqualTo(40401);
    assertThat(client.get("/subjects/users-value/versions?deleted=true").body()).isEqualTo("[1,2]");
    assertThat(client.get("/subjects/users-value/versions/1?deleted=true").status()).isEqualTo(200);
  }

  @Test
  void softDeletedSchemaStillResolvesById() {
    client.delete("/subjects/users-value");

    assertThat(client.get("/schemas/ids/1").status()).isEqualTo(200);
  }

  @Test
  void deletingASoftDeletedSubjectAgainIs40404() {
    client.delete("/subjects/users-value");

    assertThat(client.delete("/subjects/users-value").errorCode()).isEqualTo(40404);
  }

  @Test
  void permanentDeleteNeedsASoftDeleteFirst() {
    assertThat(client.delete("/subjects/users-value?permanent=true").errorCode()).isEqualTo(40405);

    client.delete("/subjects/users-value");
    assertThat(client.delete("/subjects/users-value?permanent=true").body()).isEqualTo("[1,2]");

    assertThat(client.get("/subjects?deleted=true").body()).isEqualTo("[]");
    assertThat(client.get("/schemas/ids/1").errorCode()).isEqualTo(40403);
  }

  @Test
  void softDeletedVersionIsHiddenAndLatestMovesBack() {
    assertThat(client.delete("/subjects/users-value/versions/2").body()).isEqualTo("2");

    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[1]");
    assertThat(client.get("/subjects/users-value/versions/2").errorCode()).isEqualTo(40402);
    assertThat(client.get("/subjects/users-value/versions/latest").json().get("version").asInt())
        .isEqualTo(1);
    assertThat(client.get("/subjects/users-value/versions/2?deleted=true").status()).isEqualTo(200);
  }

  @Test
  void versionDeletionErrorsFollowConfluent() {
    assertThat(client.delete("/subjects/users-value/versions/1?permanent=true").errorCode())
        .isEqualTo(40407);
    client.delete("/subjects/users-value/versions/1");
    assertThat(client.delete("/subjects/users-value/versions/1").errorCode()).isEqualTo(40406);
    assertThat(client.delete("/subjects/users-value/versions/9").errorCode()).isEqualTo(40402);
    assertThat(client.delete("/subjects/users-value/versions/x").errorCode()).isEqualTo(42202);
    assertThat(client.delete("/subjects/users-value/versions/1?permanent=true").body())
        .isEqualTo("1");
    assertThat(client.get("/subjects/users-value/versions?deleted=true").body()).isEqualTo("[2]");
  }

  @Test
  void reRegisteringAfterASoftDeleteKeepsTheIdAndTakesTheNextVersion() {
    client.delete("/subjects/users-value");

    int id = client.register("users-value", "user-v1");

    assertThat(id).isEqualTo(1);
    assertThat(client.get("/subjects/users-value/versions").body()).isEqualTo("[3]");
  }

  @Test
  void softDeletedVersionsAreNotCheckedForCompatibility() {
    client.delete("/subjects/users-value");

    // Incompatible with both deleted versions, but nothing live remains to compare with.
    assertThat(
            client
                .post("/subjects/users-value/versions", Fixtures.body("user-required-age"))
                .status())
        .isEqualTo(200);
  }
}
