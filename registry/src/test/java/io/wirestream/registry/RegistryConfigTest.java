package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryConfigTest {

  @Test
  void defaultsMatchConfluentsWhereItHasThem() {
    RegistryConfig config = new RegistryConfig(Map.of());

    assertThat(config.topic()).isEqualTo("_schemas");
    assertThat(config.compatibilityLevel()).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(config.basicAuthentication()).isFalse();
  }

  @Test
  void propertiesFileKeysAreParsedIntoTypedFields() {
    Properties props = new Properties();
    props.setProperty("listeners", "http://0.0.0.0:18081");
    props.setProperty("kafkastore.bootstrap.servers", "broker:9092");
    props.setProperty("kafkastore.topic", "_wirestream_schemas");
    props.setProperty("schema.compatibility.level", "full_transitive");
    props.setProperty("authentication.method", "BASIC");
    props.setProperty("authentication.basic.users", "alice:a:b");

    RegistryConfig config = RegistryConfig.fromProperties(props);

    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(18081);
    assertThat(config.bootstrapServers()).isEqualTo("broker:9092");
    assertThat(config.topic()).isEqualTo("_wirestream_schemas");
    assertThat(config.compatibilityLevel()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    // Only the first colon separates user from password.
    assertThat(config.users()).containsExactly(Map.entry("alice", "a:b"));
  }

  @Test
  void otherKafkastoreKeysPassToTheClientsWithoutPrefix() {
    RegistryConfig config =
        new RegistryConfig(
            Map.of(
                "kafkastore.bootstrap.servers", "broker:9092",
                "kafkastore.security.protocol", "SASL_SSL",
                "kafkastore.sasl.mechanism", "PLAIN"));

    assertThat(config.clientOverrides())
        .containsOnly(
            Map.entry("security.protocol", "SASL_SSL"), Map.entry("sasl.mechanism", "PLAIN"));
  }

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "schema.compatibility.level, sideways",
    "listeners, https://127.0.0.1:8081",
    "listeners, 127.0.0.1:8081",
    "authentication.method, KERBEROS",
    "request.max.bytes, 10"
  })
  void invalidValuesAreRefusedNamingTheKey(String key, String value) {
    assertThatThrownBy(() -> new RegistryConfig(Map.of(key, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(key);
  }

  @Test
  void basicAuthenticationNeedsWellFormedUsers() {
    assertThatThrownBy(
            () ->
                new RegistryConfig(
                    Map.of(
                        "authentication.method", "BASIC", "authentication.basic.users", "alice")))
        .isInstanceOf(ConfigException.class);
  }
}
