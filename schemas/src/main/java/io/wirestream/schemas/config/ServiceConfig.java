package io.wirestream.schemas.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A service's configuration: defaults, then its properties file, then environment variables, then
 * explicit overrides (command-line options), later ones winning.
 *
 * <p>An environment variable {@code WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS} sets {@code
 * kafka.bootstrap.servers}: the prefix is dropped, the rest lower-cased, underscores become dots.
 * Keys under {@code kafka.} pass through to every Kafka client (SASL, TLS, ...), keys under {@code
 * streams.} to Kafka Streams only; the serde keys keep Confluent's names ({@code
 * schema.registry.url}, ...).
 */
public final class ServiceConfig {

  public static final String ENV_PREFIX = "WIRESTREAM_";
  public static final String KAFKA_PREFIX = "kafka.";
  public static final String STREAMS_PREFIX = "streams.";

  public static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
  public static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers to bootstrap from.";
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
  public static final String DEFAULT_REGISTRY_URL = "http://localhost:8081";

  private final Map<String, String> values;

  private ServiceConfig(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Layers defaults, a properties file (if given), the environment and overrides. */
  public static ServiceConfig load(
      Map<String, String> defaults,
      Path file,
      Map<String, String> environment,
      Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>(defaults);
    if (file != null) {
      merged.putAll(readProperties(file));
    }
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
            merged.put(
                name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'),
                value);
          }
        });
    merged.putAll(overrides);
    return new ServiceConfig(merged);
  }

  /** A configuration of exactly these values, for tests and embedded use. */
  public static ServiceConfig of(Map<String, String> values) {
    return new ServiceConfig(values);
  }

  private static Map<String, String> readProperties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k).trim()));
    return map;
  }

  /** Every value, for the typed configs ({@code Topics}, serdes) that pick their own keys. */
  public Map<String, String> values() {
    return values;
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /** Properties for any Kafka client: {@code kafka.*} with the prefix dropped. */
  public Map<String, Object> kafkaClient() {
    Map<String, Object> client = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(KAFKA_PREFIX)) {
            client.put(k.substring(KAFKA_PREFIX.length()), v);
          }
        });
    client.putIfAbsent("bootstrap.servers", DEFAULT_BOOTSTRAP_SERVERS);
    return client;
  }

  /** Properties for Kafka Streams: the client properties, then {@code streams.*} over them. */
  public Map<String, Object> streams() {
    Map<String, Object> streams = kafkaClient();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(STREAMS_PREFIX)) {
            streams.put(k.substring(STREAMS_PREFIX.length()), v);
          }
        });
    return streams;
  }

  /** A copy with {@code key} set. */
  public ServiceConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new ServiceConfig(copy);
  }
}
