package io.wirestream.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode (broker and controller in one
 * node), started in this process from the Maven Central artifacts.
 *
 * <p>The storage directory is formatted on first start only, so a restart on the same directory
 * keeps every topic, offset and transaction. Replication settings are those of a single node. Used
 * by {@code wirestream up} and, one broker per test class, by the integration tests.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final String host;
  private final int port;
  private final Path dataDir;

  private EmbeddedKafkaBroker(KafkaRaftServer server, String host, int port, Path dataDir) {
    this.server = server;
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Formats {@code dataDir} if it is new, then starts the broker.
   *
   * @param dataDir where the log and metadata live; created if missing
   * @param host the interface to bind and advertise, e.g. 127.0.0.1
   * @param port the client port, 0 for any free one
   * @param controllerPort the KRaft controller port, 0 for any free one
   * @param overrides broker properties that replace the defaults
   */
  public static EmbeddedKafkaBroker start(
      Path dataDir, String host, int port, int controllerPort, Map<String, String> overrides) {
    int clientPort = port == 0 ? freePort(host) : port;
    int quorumPort = controllerPort == 0 ? freePort(host) : controllerPort;
    Path logDir = dataDir.toAbsolutePath().resolve("kafka");
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the broker data directory " + logDir, e);
    }
    Map<String, String> props = defaults(host, clientPort, quorumPort, logDir);
    props.putAll(overrides);
    Properties properties = new Properties();
    properties.putAll(props);
    KafkaConfig config = KafkaConfig.fromProps(properties, false);
    format(config, logDir);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    log.info("Kafka broker (KRaft) listening on {}:{}, data in {}", host, clientPort, logDir);
    return new EmbeddedKafkaBroker(server, host, clientPort, dataDir);
  }

  /** A broker on free ports in a fresh directory, for tests. */
  public static EmbeddedKafkaBroker startOnFreePorts(Path dataDir) {
    return start(dataDir, "127.0.0.1", 0, 0, Map.of());
  }

  private static Map<String, String> defaults(String host, int port, int quorumPort, Path logDir) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("process.roles", "broker,controller");
    p.put(
        "listeners",
        "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + quorumPort);
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + quorumPort);
    p.put("log.dirs", logDir.toString());
    // One node: every internal topic has a single replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "3");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "3");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    // No point waiting for more members to join a group on a single machine.
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics are created by the services with their own settings.
    p.put("auto.create.topics.enable", "false");
    // Articles up to 10 MB travel compressed; leave room for the batch overhead.
    p.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
    p.put("replica.fetch.max.bytes", String.valueOf(16 * 1024 * 1024));
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
    return p;
  }

  private static void format(KafkaConfig config, Path logDir) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return; // formatted on an earlier start: keep the cluster and its data
    }
    Formatter formatter =
        new Formatter()
            .setClusterId(Uuid.randomUuid().toString())
            .setNodeId(NODE_ID)
            .setDirectories(java.util.List.of(logDir.toString()))
            .setMetadataLogDirectory(config.metadataLogDir())
            .setControllerListenerName("CONTROLLER")
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
            .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      formatter.run();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
    }
  }

  private static int freePort(String host) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + host, e);
    }
  }

  /** The bootstrap.servers value for clients. */
  public String bootstrapServers() {
    return host + ":" + port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Shuts the broker down cleanly and waits for it. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    log.info("Kafka broker on {} stopped", bootstrapServers());
  }
}
