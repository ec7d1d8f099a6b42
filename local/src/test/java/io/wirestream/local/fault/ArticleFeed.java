package io.wirestream.local.fault;

import io.wirestream.avro.RawArticle;
import io.wirestream.local.bench.ArticleGenerator;
import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces generated RawArticles to news.raw the way ingest does (idempotent, {@code acks=all}), at
 * a steady pace so that a fault can strike in the middle, and keeps the ids that were acknowledged
 * and any send that failed.
 */
final class ArticleFeed implements AutoCloseable {

  private static final Instant RECEIVED = Instant.parse("2024-05-01T12:00:00Z");

  private final KafkaProducer<String, RawArticle> producer;
  private final String topic;
  private static final ArticleGenerator GENERATOR =
      new ArticleGenerator(ArticleGenerator.DEFAULT_SEED);
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<String, Exception> failed = new ConcurrentHashMap<>();
  private final AtomicInteger sent = new AtomicInteger();

  ArticleFeed(Map<String, Object> clientProps, Topics topics) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // Long enough to ride out a broker restart; a send that still fails is reported, never dropped.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofMinutes(3).toMillis());
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofMinutes(3).toMillis());
    this.producer =
        new KafkaProducer<>(props, new StringSerializer(), topics.raw.valueSerde().serializer());
    this.topic = topics.raw.name();
  }

  /**
   * Sends articles {@code [from, to)} at about {@code perSecond}, then waits for every
   * acknowledgement.
   */
  void send(int from, int to, int perSecond) throws InterruptedException {
    long start = System.nanoTime();
    for (int i = from; i < to; i++) {
      RawArticle article = GENERATOR.raw(i, RECEIVED);
      producer.send(
          new ProducerRecord<>(topic, article.getId(), article),
          (metadata, error) -> {
            if (error == null) {
              acknowledged.add(article.getId());
            } else {
              failed.put(article.getId(), error);
            }
          });
      sent.incrementAndGet();
      long due = start + (long) ((i - from + 1) * 1e9 / perSecond);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    }
    producer.flush();
  }

  /** The ids of articles {@code [from, to)}, as the generator names them. */
  static Set<String> ids(int from, int to) {
    Set<String> ids = new java.util.HashSet<>();
    for (int i = from; i < to; i++) {
      ids.add(GENERATOR.generate(i).id());
    }
    return ids;
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  Map<String, Exception> failed() {
    return Map.copyOf(failed);
  }

  @Override
  public void close() {
    producer.close();
  }
}
