package io.wirestream.ingest.kafka;

import io.wirestream.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What is already on {@code news.raw}: for each article id, the content hash and version of its
 * latest record. It decides whether an item is new, a new version, or a duplicate.
 *
 * <p>The ledger is rebuilt from the topic itself at start-up, so it survives restarts and crashes
 * with nothing else to keep in sync: a record that reached the log before a {@code kill -9} is
 * found again, and one that did not is sent again. Producers put the hash and version in record
 * headers, so the rebuild reads keys and headers and decodes a value only when they are missing.
 */
public final class ArticleLedger {

  /** Header with the record's content hash (UTF-8). */
  public static final String HASH_HEADER = "wirestream.content-hash";

  /** Header with the record's version (decimal, UTF-8). */
  public static final String VERSION_HEADER = "wirestream.version";

  /** The fate of an item against the ledger. */
  public enum Decision {
    NEW,
    NEW_VERSION,
    DUPLICATE
  }

  /** The content hash and version of an id's latest record. */
  public record Latest(String contentHash, int version) {}

  /** The hash and version of the latest record of an id, or null when the id is unknown. */
  public Latest latest(String id) {
    return entries.get(id);
  }

  private final Map<String, Latest> entries = new ConcurrentHashMap<>();

  /** An empty ledger. */
  public ArticleLedger() {}

  /**
   * Reads {@code topic} from the beginning to its current end and returns the ledger it implies.
   */
  public static ArticleLedger rebuild(
      Map<String, Object> clientProps, String topic, Deserializer<RawArticle> values) {
    ArticleLedger ledger = new ArticleLedger();
    Map<String, Object> props = new java.util.HashMap<>(clientProps);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          ledger.replay(record, values);
        }
      }
    }
    return ledger;
  }

  private void replay(ConsumerRecord<byte[], byte[]> record, Deserializer<RawArticle> values) {
    if (record.key() == null) {
      return;
    }
    String id = new String(record.key(), StandardCharsets.UTF_8);
    if (record.value() == null) {
      entries.remove(id);
      return;
    }
    Header hash = record.headers().lastHeader(HASH_HEADER);
    Header version = record.headers().lastHeader(VERSION_HEADER);
    if (hash != null && version != null) {
      entries.put(
          id,
          new Latest(
              new String(hash.value(), StandardCharsets.UTF_8),
              Integer.parseInt(new String(version.value(), StandardCharsets.UTF_8))));
      return;
    }
    try {
      RawArticle article = values.deserialize(record.topic(), record.headers(), record.value());
      entries.put(id, new Latest(article.getContentHash(), article.getVersion()));
    } catch (RuntimeException e) {
      // Not a RawArticle we can read: the enricher dead-letters it; it cannot make an item a
      // duplicate.
    }
  }

  /** Whether {@code article} is new, a changed version of a known id, or already there. */
  public Decision decide(RawArticle article) {
    Latest known = entries.get(article.getId());
    if (known == null) {
      return Decision.NEW;
    }
    return known.contentHash().equals(article.getContentHash())
        ? Decision.DUPLICATE
        : Decision.NEW_VERSION;
  }

  /**
   * The version the next record of this id gets: 1 for a new id, the known version + 1 otherwise.
   */
  public int nextVersion(String id) {
    Latest known = entries.get(id);
    return known == null ? 1 : known.version() + 1;
  }

  /** Notes that {@code article} is now the latest record of its id. */
  public void record(RawArticle article) {
    entries.put(article.getId(), new Latest(article.getContentHash(), article.getVersion()));
  }

  /**
   * Puts back what was known of an id whose new record could not be written, so it is tried again.
   */
  public void restore(String id, Latest previous) {
    if (previous == null) {
      entries.remove(id);
    } else {
      entries.put(id, previous);
    }
  }

  public int size() {
    return entries.size();
  }
}
