package io.wirestream.local.cli;

import io.wirestream.local.LocalStack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded stack keeps its data and which ports it binds (loopback by default). */
public final class StackOptions {

  @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
      description = "Broker, registry and state data; kept across restarts (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}; loopback only).")
  String host;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Broker port (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--controller-port", defaultValue = "9093", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
  int controllerPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Schema Registry port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  LocalStack.Settings settings() {
    return new LocalStack.Settings(dataDir, host, kafkaPort, controllerPort, registryPort);
  }
}
