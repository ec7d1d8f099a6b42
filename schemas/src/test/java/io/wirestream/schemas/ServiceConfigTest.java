package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.config.ServiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

  @TempDir Path dir;

  @Test
  void fileThenEnvironmentThenOverridesWin() throws Exception {
    Path file = dir.resolve("enrich.properties");
    Files.writeString(
        file, "kafka.bootstrap.servers=file:9092\nstreams.num.stream.threads=2\ntopic.raw=a\n");
    ServiceConfig config =
        ServiceConfig.load(
            Map.of("topic.raw", "default", "topic.dlq", "news.dlq"),
            file,
            Map.of("WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "HOME", "/root"),
            Map.of("topic.raw", "cli"));

    assertThat(config.get("topic.raw", null)).isEqualTo("cli");
    assertThat(config.get("topic.dlq", null)).isEqualTo("news.dlq");
    assertThat(config.kafkaClient())
        .containsEntry("bootstrap.servers", "env:9092")
        .doesNotContainKey("num.stream.threads");
    assertThat(config.streams())
        .containsEntry("num.stream.threads", "2")
        .containsEntry("bootstrap.servers", "env:9092");
    assertThat(config.values()).doesNotContainKey("home");
  }

  @Test
  void kafkaPropertiesPassThroughForSecurity() {
    ServiceConfig config =
        ServiceConfig.of(
            Map.of("kafka.security.protocol", "SASL_SSL", "kafka.sasl.mechanism", "PLAIN"));
    assertThat(config.kafkaClient())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("bootstrap.servers", ServiceConfig.DEFAULT_BOOTSTRAP_SERVERS);
  }
}
