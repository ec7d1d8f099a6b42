package io.wirestream.schemas.serde;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Settings of the Avro serde and its registry client, under Confluent's property names so the same
 * client configuration works with Wirestream's serde and Confluent's.
 */
public final class AvroSerdeConfig extends AbstractConfig {

  public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
  public static final String SCHEMA_REGISTRY_URL_DOC =
      "Comma-separated registry base URLs, tried in order, e.g. http://localhost:8081.";

  public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
  public static final String AUTO_REGISTER_SCHEMAS_DOC =
      "Register the record's schema under the topic's subject when it is not yet there.";

  public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";
  public static final String USE_LATEST_VERSION_DOC =
      "Write with the subject's latest registered version instead of looking up the record's own "
          + "schema; the record's schema must then equal that version.";

  public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
  public static final String SPECIFIC_AVRO_READER_DOC =
      "Deserialize into generated SpecificRecord classes instead of GenericRecord.";

  public static final String BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE_DOC =
      "Where registry credentials come from: USER_INFO (basic.auth.user.info) or URL "
          + "(user:password@ in schema.registry.url).";

  public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
  public static final String BASIC_AUTH_USER_INFO_DOC = "user:password for the registry.";

  public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
  public static final String REQUEST_TIMEOUT_MS_DOC = "Timeout of one registry request.";

  public static final String MAX_RETRIES_CONFIG = "schema.registry.max.retries";
  public static final String MAX_RETRIES_DOC =
      "Retries of a registry request that failed to connect or got a 5xx, with exponential backoff.";

  public static final String RETRY_BACKOFF_MS_CONFIG = "schema.registry.retry.backoff.ms";
  public static final String RETRY_BACKOFF_MS_DOC =
      "First retry delay; doubled after each retry, capped at 5 s.";

  static final ConfigDef CONFIG =
      new ConfigDef()
          .define(SCHEMA_REGISTRY_URL_CONFIG, Type.LIST, Importance.HIGH, SCHEMA_REGISTRY_URL_DOC)
          .define(
              AUTO_REGISTER_SCHEMAS_CONFIG,
              Type.BOOLEAN,
              true,
              Importance.MEDIUM,
              AUTO_REGISTER_SCHEMAS_DOC)
          .define(
              USE_LATEST_VERSION_CONFIG,
              Type.BOOLEAN,
              false,
              Importance.LOW,
              USE_LATEST_VERSION_DOC)
          .define(
              SPECIFIC_AVRO_READER_CONFIG,
              Type.BOOLEAN,
              false,
              Importance.MEDIUM,
              SPECIFIC_AVRO_READER_DOC)
          .define(
              BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG,
              Type.STRING,
              "USER_INFO",
              ConfigDef.ValidString.in("USER_INFO", "URL"),
              Importance.LOW,
              BASIC_AUTH_CREDENTIALS_SOURCE_DOC)
          .define(
              BASIC_AUTH_USER_INFO_CONFIG,
              Type.PASSWORD,
              "",
              Importance.LOW,
              BASIC_AUTH_USER_INFO_DOC)
          .define(
              REQUEST_TIMEOUT_MS_CONFIG,
              Type.INT,
              10_000,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              REQUEST_TIMEOUT_MS_DOC)
          .define(
              MAX_RETRIES_CONFIG,
              Type.INT,
              8,
              ConfigDef.Range.atLeast(0),
              Importance.LOW,
              MAX_RETRIES_DOC)
          .define(
              RETRY_BACKOFF_MS_CONFIG,
              Type.INT,
              100,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              RETRY_BACKOFF_MS_DOC);

  public AvroSerdeConfig(Map<String, ?> props) {
    super(CONFIG, props, false);
  }

  public static ConfigDef configDef() {
    return new ConfigDef(CONFIG);
  }
}
