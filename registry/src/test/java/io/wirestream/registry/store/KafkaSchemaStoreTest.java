package io.wirestream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.RegistryException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What can be checked without a broker; the round trip through Kafka is SchemaRegistryIT's. */
class KafkaSchemaStoreTest {

  @Test
  void refusesToBuildWithoutBootstrapServers() {
    assertThatThrownBy(() -> new KafkaSchemaStore(new RegistryConfig(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG);
  }

  @Test
  void refusesWritesBeforeStart() {
    KafkaSchemaStore store =
        new KafkaSchemaStore(
            new RegistryConfig(
                Map.of(RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1")));

    assertThatThrownBy(store::sync)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(50001));
  }
}
