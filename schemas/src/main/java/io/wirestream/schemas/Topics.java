package io.wirestream.schemas;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerde;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one place where Wirestream's topics are named and bound to their serdes and settings. Names
 * are configurable ({@code topic.raw}, ...); everything else refers to these definitions.
 */
public final class Topics {

  public static final String RAW_TOPIC_CONFIG = "topic.raw";
  public static final String RAW_TOPIC_DOC =
      "Topic of RawArticle records, the source of truth replays start from.";
  public static final String ENRICHED_TOPIC_CONFIG = "topic.enriched";
  public static final String ENRICHED_TOPIC_DOC = "Topic of EnrichedArticle records.";
  public static final String DLQ_TOPIC_CONFIG = "topic.dlq";
  public static final String DLQ_TOPIC_DOC =
      "Topic of DeadLetter records: what could not be processed, and why.";
  public static final String PARTITIONS_CONFIG = "topic.partitions";
  public static final String PARTITIONS_DOC =
      "Partitions of the article topics when Wirestream creates them. Enrichment is CPU-bound, so"
          + " stream threads work evenly only when their total divides the partitions: 6 suits"
          + " 1, 2, 3 or 6 threads (one per core, over all enrich instances).";
  public static final String REPLICATION_CONFIG = "topic.replication.factor";
  public static final String REPLICATION_DOC =
      "Replication factor of the topics Wirestream creates (1 on a single broker).";

  /** Largest article record: 10 MB of text plus headroom for the other fields. */
  public static final int MAX_MESSAGE_BYTES = 12 * 1024 * 1024;

  static final ConfigDef CONFIG =
      new ConfigDef()
          .define(RAW_TOPIC_CONFIG, Type.STRING, "news.raw", Importance.MEDIUM, RAW_TOPIC_DOC)
          .define(
              ENRICHED_TOPIC_CONFIG,
              Type.STRING,
              "news.enriched",
              Importance.MEDIUM,
              ENRICHED_TOPIC_DOC)
          .define(DLQ_TOPIC_CONFIG, Type.STRING, "news.dlq", Importance.MEDIUM, DLQ_TOPIC_DOC)
          .define(
              PARTITIONS_CONFIG,
              Type.INT,
              6,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              PARTITIONS_DOC)
          .define(REPLICATION_CONFIG, Type.SHORT, (short) 1, Importance.LOW, REPLICATION_DOC);

  private static final Map<String, String> ARTICLES_COMPACTED =
      Map.of(
          "cleanup.policy", "compact",
          "retention.ms", "-1",
          "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES),
          "compression.type", "producer");

  public final TopicDef<String, RawArticle> raw;
  public final TopicDef<String, EnrichedArticle> enriched;
  public final TopicDef<byte[], DeadLetter> dlq;

  private Topics(
      TopicDef<String, RawArticle> raw,
      TopicDef<String, EnrichedArticle> enriched,
      TopicDef<byte[], DeadLetter> dlq) {
    this.raw = raw;
    this.enriched = enriched;
    this.dlq = dlq;
  }

  /**
   * Binds the topics named in {@code config} to Avro serdes on {@code registry}, configured with
   * the serde settings of {@code config} ({@code schema.registry.url}, ...).
   */
  public static Topics from(Map<String, ?> config, SchemaRegistryClient registry) {
    AbstractConfig parsed = new AbstractConfig(CONFIG, config, false);
    int partitions = parsed.getInt(PARTITIONS_CONFIG);
    short replication = parsed.getShort(REPLICATION_CONFIG);
    Map<String, Object> serde = serdeConfig(config);
    return new Topics(
        new TopicDef<>(
            parsed.getString(RAW_TOPIC_CONFIG),
            Serdes.String(),
            AvroSerde.specific(registry, serde),
            partitions,
            replication,
            ARTICLES_COMPACTED),
        new TopicDef<>(
            parsed.getString(ENRICHED_TOPIC_CONFIG),
            Serdes.String(),
            AvroSerde.specific(registry, serde),
            partitions,
            replication,
            ARTICLES_COMPACTED),
        new TopicDef<>(
            parsed.getString(DLQ_TOPIC_CONFIG),
            Serdes.ByteArray(),
            AvroSerde.specific(registry, serde),
            1,
            replication,
            Map.of(
                "cleanup.policy",
                "delete",
                "retention.ms",
                String.valueOf(30L * 24 * 3600 * 1000),
                "max.message.bytes",
                String.valueOf(MAX_MESSAGE_BYTES))));
  }

  /** The serde settings of a service config, with the registry URL required by the serde. */
  public static Map<String, Object> serdeConfig(Map<String, ?> config) {
    Map<String, Object> serde = new java.util.HashMap<>();
    for (String key : AvroSerdeConfig.configDef().names()) {
      if (config.containsKey(key)) {
        serde.put(key, config.get(key));
      }
    }
    serde.putIfAbsent(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "http://localhost:8081");
    return serde;
  }

  /** Every topic Wirestream creates at start-up. */
  public List<TopicDef<?, ?>> all() {
    return List.of(raw, enriched, dlq);
  }

  public static ConfigDef configDef() {
    return new ConfigDef(CONFIG);
  }

  /** A topic with its key and value serdes and the settings it is created with. */
  public record TopicDef<K, V>(
      String name,
      Serde<K> keySerde,
      Serde<V> valueSerde,
      int partitions,
      short replicationFactor,
      Map<String, String> settings) {}
}
