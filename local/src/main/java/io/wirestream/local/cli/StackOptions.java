package io.wirestream.local.cli;

import io.wirestream.local.LocalStack;
import io.wirestream.publish.PublishConfig;
import io.wirestream.schemas.config.ServiceConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the embedded stack keeps its data and which ports it binds (loopback by default). */
public final class StackOptions {

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      paramLabel = "DIR",
      description =
          "Broker, registry and state data; kept across restarts (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--inbox",
      paramLabel = "DIR",
      description =
          "Watched folder: files dropped here are ingested once (default: DATA-DIR/inbox).")
  Path inbox;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}; loopback only).")
  String host;

  @Option(
      names = "--kafka-port",
      defaultValue = "9092",
      description = "Broker port (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(
      names = "--controller-port",
      defaultValue = "9093",
      description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
  int controllerPort;

  @Option(
      names = "--registry-port",
      defaultValue = "8081",
      description = "Schema Registry port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(
      names = "--routes",
      paramLabel = "FILE",
      description =
          "Route table (YAML or JSON, see config/routes.example.yaml); re-read when it changes. Default: one route 'all' to news.out.all.")
  Path routes;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description =
          "Port of the dashboard, live stream, /health and /metrics (default: ${DEFAULT-VALUE}).")
  int httpPort;

  /** Service settings from these options (routes file, dashboard port). */
  /** Service settings: WIRESTREAM_* environment variables, then these options. */
  Map<String, String> serviceConfig() {
    Map<String, String> options = new HashMap<>();
    options.put(PublishConfig.HTTP_PORT_CONFIG, String.valueOf(httpPort));
    if (routes != null) {
      options.put(PublishConfig.ROUTES_FILE_CONFIG, routes.toAbsolutePath().toString());
    }
    return ServiceConfig.load(Map.of(), null, System.getenv(), options).values();
  }

  LocalStack.Settings settings() {
    return new LocalStack.Settings(
        dataDir,
        inbox != null ? inbox : dataDir.resolve("inbox"),
        host,
        kafkaPort,
        controllerPort,
        registryPort);
  }
}
