package io.wirestream.publish.consume;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.schemas.RecordPosition;
import io.wirestream.schemas.registry.RegistryOutage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code news.enriched} for the plain consumers of the publish service (webhooks, live
 * stream), telling a record that is bad in itself from a schema registry that is away.
 *
 * <p>A bad record is counted and passed over: the publish topology dead-letters it, one dead letter
 * per record is enough. A registry outage is no fault of the record, so nothing is passed over: the
 * poll stops at that record and every partition is sought back to its first record not handled, to
 * be read again after a backoff. A consumer that commits after the poll thus commits only what was
 * handled (at-least-once).
 */
public final class EnrichedReader {

  private static final Logger log = LoggerFactory.getLogger(EnrichedReader.class);

  /** What is done with each article of a poll, in order. */
  @FunctionalInterface
  public interface Handler {
    void article(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article)
        throws InterruptedException;
  }

  private final String name;
  private final Deserializer<EnrichedArticle> deserializer;
  private final PublishMetrics metrics;

  /**
   * @param name the reader's name in metrics and logs ({@code webhooks}, {@code live})
   */
  public EnrichedReader(
      String name, Deserializer<EnrichedArticle> deserializer, PublishMetrics metrics) {
    this.name = name;
    this.deserializer = deserializer;
    this.metrics = metrics;
  }

  /** Decodes one record; never throws. */
  public Decoded decode(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return Decoded.tombstone();
    }
    try {
      return Decoded.article(
          deserializer.deserialize(record.topic(), record.headers(), record.value()));
    } catch (RuntimeException e) {
      return RegistryOutage.causedBy(e) ? Decoded.registryDown(e) : Decoded.unreadable(e);
    }
  }

  /**
   * Hands the articles of {@code records} to {@code handler} in order, skipping tombstones and
   * counting bad records. Stops at the first record whose schema the registry could not give, seeks
   * {@code consumer} back so that record and every later one are read again, and returns false;
   * returns true when the whole poll was handled.
   */
  public boolean handle(
      Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records, Handler handler)
      throws InterruptedException {
    boolean stopped = false;
    Map<TopicPartition, Long> rewind = new LinkedHashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      if (stopped) {
        rewind.putIfAbsent(partition, record.offset());
        continue;
      }
      Decoded decoded = decode(record);
      switch (decoded.kind()) {
        case ARTICLE -> handler.article(record, decoded.article());
        case TOMBSTONE -> {}
        case UNREADABLE -> {
          metrics.unreadableSkipped(name);
          log.debug(
              "{}: passing over unreadable {} (the publish topology dead-letters it): {}",
              name,
              RecordPosition.of(record),
              decoded.error().getMessage());
        }
        case REGISTRY_DOWN -> {
          stopped = true;
          rewind.put(partition, record.offset());
          metrics.registryWait(name);
          log.warn(
              "{}: schema registry unavailable at {}; reading it again after a pause: {}",
              name,
              RecordPosition.of(record),
              decoded.error().getMessage());
        }
      }
    }
    rewind.forEach(consumer::seek);
    return !stopped;
  }
}
