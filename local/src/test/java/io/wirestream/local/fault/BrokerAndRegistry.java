package io.wirestream.local.fault;

import io.wirestream.local.EmbeddedKafkaBroker;
import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.SchemaRegistryServer;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The embedded broker and registry of one fault test class, on ports fixed at start so that either
 * can be stopped and started again where clients expect it, on the same data.
 */
final class BrokerAndRegistry implements AutoCloseable {

  static final String HOST = "127.0.0.1";

  private final Path dataDir;
  private final int kafkaPort = freePort();
  private final int controllerPort = freePort();
  private final int registryPort = freePort();
  private EmbeddedKafkaBroker broker;
  private SchemaRegistryServer registry;

  private BrokerAndRegistry(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Starts both and creates Wirestream's topics. */
  static BrokerAndRegistry start(Path dataDir) {
    BrokerAndRegistry parts = new BrokerAndRegistry(dataDir);
    parts.startBroker();
    parts.startRegistry();
    try (Admin admin = Admin.create(parts.config(Map.of()).kafkaClient())) {
      TopicAdmin.ensure(admin, parts.topics(Map.of()).all());
    }
    return parts;
  }

  void startBroker() {
    broker = EmbeddedKafkaBroker.start(dataDir, HOST, kafkaPort, controllerPort, Map.of());
  }

  /** A clean broker shutdown (the controlled path a rolling restart takes). */
  void stopBroker() {
    broker.close();
    broker = null;
  }

  void startRegistry() {
    registry =
        SchemaRegistryServer.withKafkaStore(
                new RegistryConfig(
                    Map.of(
                        RegistryConfig.LISTENERS_CONFIG,
                        "http://" + HOST + ":" + registryPort,
                        RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        RegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG,
                        1)))
            .start();
  }

  void stopRegistry() {
    registry.close();
    registry = null;
  }

  String bootstrapServers() {
    return HOST + ":" + kafkaPort;
  }

  String registryUrl() {
    return "http://" + HOST + ":" + registryPort;
  }

  /** Service settings pointing at this broker and registry, plus {@code extra}. */
  ServiceConfig config(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(extra);
    values.put(ServiceConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    values.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl());
    return ServiceConfig.of(values);
  }

  /** The topics bound to serdes on a fresh registry client of {@code extra}'s settings. */
  Topics topics(Map<String, String> extra) {
    ServiceConfig config = config(extra);
    return Topics.from(config.values(), SchemaRegistryClient.fromConfig(config.values()));
  }

  @Override
  public void close() {
    if (registry != null) {
      stopRegistry();
    }
    if (broker != null) {
      stopBroker();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(HOST, 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + HOST, e);
    }
  }
}
