package io.wirestream.registry;

import com.sun.net.httpserver.HttpServer;
import io.wirestream.registry.http.BasicAuthGuard;
import io.wirestream.registry.http.ConfigResource;
import io.wirestream.registry.http.RestDispatcher;
import io.wirestream.registry.http.Router;
import io.wirestream.registry.http.SchemasResource;
import io.wirestream.registry.http.SubjectsResource;
import io.wirestream.registry.store.KafkaSchemaStore;
import io.wirestream.registry.store.SchemaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible Schema Registry served over HTTP by the JDK's own server, so that the
 * embedded {@code wirestream up} and the tests run it in-process. The server owns its store: {@link
 * #start()} starts it, {@link #close()} closes it.
 *
 * <pre>{@code
 * try (SchemaRegistryServer server = SchemaRegistryServer.withKafkaStore(config).start()) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 */
public final class SchemaRegistryServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

  private final RegistryConfig config;
  private final SchemaStore store;
  private final SchemaRegistry registry;
  private HttpServer http;
  private ExecutorService executor;

  public SchemaRegistryServer(RegistryConfig config, SchemaStore store) {
    this.config = config;
    this.store = store;
    this.registry = new SchemaRegistry(store, config.compatibilityLevel());
  }

  /** A server storing its schemas in the configured Kafka topic. */
  public static SchemaRegistryServer withKafkaStore(RegistryConfig config) {
    return new SchemaRegistryServer(config, new KafkaSchemaStore(config));
  }

  /** Loads the store, then starts serving. Returns this server, for chaining. */
  public synchronized SchemaRegistryServer start() {
    if (http != null) {
      return this;
    }
    store.start();
    Router router = new Router();
    new SubjectsResource(registry).addTo(router);
    new SchemasResource(registry).addTo(router);
    new ConfigResource(registry).addTo(router);
    BasicAuthGuard guard = config.basicAuthentication() ? new BasicAuthGuard(config.users()) : null;
    AtomicInteger threadNumber = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            config.httpThreads(),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "schema-registry-http-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    } catch (IOException e) {
      executor.shutdown();
      store.close();
      throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
    }
    http.createContext("/", new RestDispatcher(router, guard, config.maxRequestBytes()));
    http.setExecutor(executor);
    http.start();
    LOG.info("Schema registry listening on {}", url());
    return this;
  }

  /** The port actually bound (useful when the listener asked for port 0). */
  public int port() {
    if (http == null) {
      throw new IllegalStateException("The registry is not started");
    }
    return http.getAddress().getPort();
  }

  /** The base URL clients use, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  /** The registry behind the HTTP layer, for in-process callers. */
  public SchemaRegistry registry() {
    return registry;
  }

  @Override
  public synchronized void close() {
    if (http != null) {
      http.stop(0);
      executor.shutdownNow();
      http = null;
    }
    store.close();
  }
}
