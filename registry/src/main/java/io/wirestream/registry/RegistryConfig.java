package io.wirestream.registry;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The registry's settings, declared once with type, default and documentation, and parsed once into
 * typed fields. Key names are Confluent Schema Registry's where it has one, so an existing {@code
 * schema-registry.properties} mostly carries over. Any other {@code kafkastore.*} key is passed to
 * the store's Kafka clients without the prefix (e.g. {@code
 * kafkastore.security.protocol=SASL_SSL}).
 */
public final class RegistryConfig extends AbstractConfig {

  public static final String LISTENERS_CONFIG = "listeners";
  public static final String LISTENERS_DOC =
      "The HTTP listener, e.g. http://127.0.0.1:8081."
          + " Port 0 picks a free port. Loopback by default: binding wider is a deliberate choice.";

  public static final String KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG = "kafkastore.bootstrap.servers";
  public static final String KAFKASTORE_BOOTSTRAP_SERVERS_DOC =
      "Kafka brokers holding the schemas topic; required for the Kafka-backed store.";

  public static final String KAFKASTORE_TOPIC_CONFIG = "kafkastore.topic";
  public static final String KAFKASTORE_TOPIC_DOC = "The compacted topic schemas are stored in.";

  public static final String KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG =
      "kafkastore.topic.replication.factor";
  public static final String KAFKASTORE_TOPIC_REPLICATION_FACTOR_DOC =
      "Replication factor of"
          + " the schemas topic when the registry creates it; lowered to the broker count if fewer.";

  public static final String KAFKASTORE_TIMEOUT_CONFIG = "kafkastore.timeout.ms";
  public static final String KAFKASTORE_TIMEOUT_DOC =
      "How long a write may take to be stored and read back before the request fails (50002).";

  public static final String KAFKASTORE_INIT_TIMEOUT_CONFIG = "kafkastore.init.timeout.ms";
  public static final String KAFKASTORE_INIT_TIMEOUT_DOC =
      "How long start-up may take to create the topic and read it to its end.";

  public static final String SCHEMA_COMPATIBILITY_LEVEL_CONFIG = "schema.compatibility.level";
  public static final String SCHEMA_COMPATIBILITY_LEVEL_DOC =
      "The global compatibility level"
          + " until PUT /config changes it: none, backward, backward_transitive, forward,"
          + " forward_transitive, full, full_transitive.";

  public static final String AUTHENTICATION_METHOD_CONFIG = "authentication.method";
  public static final String AUTHENTICATION_METHOD_DOC =
      "NONE, or BASIC to require HTTP basic authentication on every request.";

  public static final String AUTHENTICATION_BASIC_USERS_CONFIG = "authentication.basic.users";
  public static final String AUTHENTICATION_BASIC_USERS_DOC =
      "Users for BASIC authentication, as user:password pairs separated by commas.";

  public static final String REQUEST_MAX_BYTES_CONFIG = "request.max.bytes";
  public static final String REQUEST_MAX_BYTES_DOC =
      "Largest request body accepted; larger requests get HTTP 413.";

  public static final String HTTP_THREADS_CONFIG = "http.threads";
  public static final String HTTP_THREADS_DOC = "Threads serving HTTP requests.";

  private static final String KAFKASTORE_PREFIX = "kafkastore.";

  private static final ConfigDef CONFIG =
      new ConfigDef()
          .define(
              LISTENERS_CONFIG,
              Type.STRING,
              "http://127.0.0.1:8081",
              Importance.HIGH,
              LISTENERS_DOC)
          .define(
              KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG,
              Type.STRING,
              "",
              Importance.HIGH,
              KAFKASTORE_BOOTSTRAP_SERVERS_DOC)
          .define(
              KAFKASTORE_TOPIC_CONFIG,
              Type.STRING,
              "_schemas",
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              KAFKASTORE_TOPIC_DOC)
          .define(
              KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG,
              Type.INT,
              3,
              ConfigDef.Range.atLeast(1),
              Importance.MEDIUM,
              KAFKASTORE_TOPIC_REPLICATION_FACTOR_DOC)
          .define(
              KAFKASTORE_TIMEOUT_CONFIG,
              Type.INT,
              10_000,
              ConfigDef.Range.atLeast(1),
              Importance.MEDIUM,
              KAFKASTORE_TIMEOUT_DOC)
          .define(
              KAFKASTORE_INIT_TIMEOUT_CONFIG,
              Type.INT,
              60_000,
              ConfigDef.Range.atLeast(1),
              Importance.MEDIUM,
              KAFKASTORE_INIT_TIMEOUT_DOC)
          .define(
              SCHEMA_COMPATIBILITY_LEVEL_CONFIG,
              Type.STRING,
              "backward",
              ConfigDef.CaseInsensitiveValidString.in(names(CompatibilityLevel.values())),
              Importance.HIGH,
              SCHEMA_COMPATIBILITY_LEVEL_DOC)
          .define(
              AUTHENTICATION_METHOD_CONFIG,
              Type.STRING,
              "NONE",
              ConfigDef.CaseInsensitiveValidString.in("NONE", "BASIC"),
              Importance.MEDIUM,
              AUTHENTICATION_METHOD_DOC)
          .define(
              AUTHENTICATION_BASIC_USERS_CONFIG,
              Type.PASSWORD,
              "",
              Importance.MEDIUM,
              AUTHENTICATION_BASIC_USERS_DOC)
          .define(
              REQUEST_MAX_BYTES_CONFIG,
              Type.INT,
              8 * 1024 * 1024,
              ConfigDef.Range.atLeast(1024),
              Importance.LOW,
              REQUEST_MAX_BYTES_DOC)
          .define(
              HTTP_THREADS_CONFIG,
              Type.INT,
              8,
              ConfigDef.Range.between(1, 256),
              Importance.LOW,
              HTTP_THREADS_DOC);

  private static final Set<String> STORE_KEYS =
      Set.of(
          KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG,
          KAFKASTORE_TOPIC_CONFIG,
          KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG,
          KAFKASTORE_TIMEOUT_CONFIG,
          KAFKASTORE_INIT_TIMEOUT_CONFIG);

  private final String host;
  private final int port;
  private final String bootstrapServers;
  private final String topic;
  private final int replicationFactor;
  private final int storeTimeoutMs;
  private final int initTimeoutMs;
  private final CompatibilityLevel compatibilityLevel;
  private final Map<String, String> users;
  private final int maxRequestBytes;
  private final int httpThreads;
  private final Map<String, Object> clientOverrides;

  public RegistryConfig(Map<?, ?> props) {
    super(CONFIG, props, false);
    URI listener = listener(getString(LISTENERS_CONFIG));
    this.host = listener.getHost();
    this.port = listener.getPort();
    this.bootstrapServers = getString(KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG);
    this.topic = getString(KAFKASTORE_TOPIC_CONFIG);
    this.replicationFactor = getInt(KAFKASTORE_TOPIC_REPLICATION_FACTOR_CONFIG);
    this.storeTimeoutMs = getInt(KAFKASTORE_TIMEOUT_CONFIG);
    this.initTimeoutMs = getInt(KAFKASTORE_INIT_TIMEOUT_CONFIG);
    this.compatibilityLevel =
        CompatibilityLevel.forName(getString(SCHEMA_COMPATIBILITY_LEVEL_CONFIG));
    boolean basic = getString(AUTHENTICATION_METHOD_CONFIG).equalsIgnoreCase("BASIC");
    this.users = basic ? users(getPassword(AUTHENTICATION_BASIC_USERS_CONFIG).value()) : Map.of();
    this.maxRequestBytes = getInt(REQUEST_MAX_BYTES_CONFIG);
    this.httpThreads = getInt(HTTP_THREADS_CONFIG);
    Map<String, Object> overrides = new HashMap<>();
    originalsWithPrefix(KAFKASTORE_PREFIX, false)
        .forEach(
            (key, value) -> {
              if (!STORE_KEYS.contains(key)) {
                overrides.put(key.substring(KAFKASTORE_PREFIX.length()), value);
              }
            });
    this.clientOverrides = Map.copyOf(overrides);
  }

  public static RegistryConfig fromProperties(Properties props) {
    return new RegistryConfig(props);
  }

  /** Every key with its documentation, for {@code --help}-style listings. */
  public static ConfigDef configDef() {
    return CONFIG;
  }

  private static URI listener(String text) {
    URI uri;
    try {
      uri = URI.create(text.split(",")[0].trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(LISTENERS_CONFIG, text, e.getMessage());
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
      throw new ConfigException(
          LISTENERS_CONFIG,
          text,
          "expected http://host:port (only plain HTTP is served; put TLS in front)");
    }
    return uri;
  }

  private static Map<String, String> users(String text) {
    Map<String, String> users = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String trimmed = pair.trim();
      int colon = trimmed.indexOf(':');
      if (colon <= 0) {
        throw new ConfigException(
            AUTHENTICATION_BASIC_USERS_CONFIG, "(hidden)", "each entry must be user:password");
      }
      users.put(trimmed.substring(0, colon), trimmed.substring(colon + 1));
    }
    return users;
  }

  private static String[] names(CompatibilityLevel[] levels) {
    String[] names = new String[levels.length];
    for (int i = 0; i < levels.length; i++) {
      names[i] = levels[i].name().toLowerCase(Locale.ROOT);
    }
    return names;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String topic() {
    return topic;
  }

  public int replicationFactor() {
    return replicationFactor;
  }

  public int storeTimeoutMs() {
    return storeTimeoutMs;
  }

  public int initTimeoutMs() {
    return initTimeoutMs;
  }

  public CompatibilityLevel compatibilityLevel() {
    return compatibilityLevel;
  }

  /** Users allowed in when BASIC authentication is on; empty when authentication is off. */
  public Map<String, String> users() {
    return users;
  }

  public boolean basicAuthentication() {
    return !users.isEmpty();
  }

  public int maxRequestBytes() {
    return maxRequestBytes;
  }

  public int httpThreads() {
    return httpThreads;
  }

  /** Extra {@code kafkastore.*} settings for the store's clients, prefix removed. */
  public Map<String, Object> clientOverrides() {
    return clientOverrides;
  }
}
