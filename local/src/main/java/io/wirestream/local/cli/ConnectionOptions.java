package io.wirestream.local.cli;

import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a client command finds Kafka and the registry: a properties file, the environment, options.
 */
public final class ConnectionOptions {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Properties file (kafka.*, streams.*, schema.registry.url, topic.*); WIRESTREAM_* environment variables override it.")
  Path configFile;

  @Option(
      names = {"-b", "--bootstrap-servers"},
      paramLabel = "HOST:PORT",
      description =
          "Kafka brokers (default: ${DEFAULT-VALUE} unless set in the config or environment).")
  String bootstrapServers;

  @Option(
      names = {"-r", "--registry-url"},
      paramLabel = "URL",
      description = "Schema Registry URL (default: " + ServiceConfig.DEFAULT_REGISTRY_URL + ").")
  String registryUrl;

  /** The layered configuration of a command. */
  public ServiceConfig load() {
    Map<String, String> defaults =
        Map.of(
            ServiceConfig.BOOTSTRAP_SERVERS_CONFIG, ServiceConfig.DEFAULT_BOOTSTRAP_SERVERS,
            AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, ServiceConfig.DEFAULT_REGISTRY_URL);
    Map<String, String> overrides = new HashMap<>();
    if (bootstrapServers != null) {
      overrides.put(ServiceConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }
    if (registryUrl != null) {
      overrides.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl);
    }
    return ServiceConfig.load(defaults, configFile, System.getenv(), overrides);
  }
}
