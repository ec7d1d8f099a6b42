package io.wirestream.ingest.kafka;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.RawArticle;
import io.wirestream.ingest.ArticleResult;
import io.wirestream.ingest.IngestDeadLetters;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.schemas.DeadLetters;
import io.wirestream.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the ingest core read to Kafka: new articles and new versions to {@code news.raw}
 * (keyed by id, idempotent, {@code acks=all}), duplicates counted, and every rejected item to
 * {@code news.dlq} with its file or URL, line and reason. An article Kafka refuses (too large, ...)
 * becomes a dead letter too, so every item ends as exactly one of the three.
 */
public final class IngestPublisher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestPublisher.class);

  private final Topics topics;
  private final ArticleLedger ledger;
  private final Clock clock;
  private final KafkaProducer<String, RawArticle> articles;
  private final KafkaProducer<byte[], DeadLetter> deadLetters;
  private final IngestCounts counts = new IngestCounts();

  public IngestPublisher(
      Map<String, Object> clientProps, Topics topics, ArticleLedger ledger, Clock clock) {
    this.topics = topics;
    this.ledger = ledger;
    this.clock = clock;
    Map<String, Object> props = producerConfig(clientProps);
    this.articles =
        new KafkaProducer<>(props, new StringSerializer(), topics.raw.valueSerde().serializer());
    this.deadLetters =
        new KafkaProducer<>(props, new ByteArraySerializer(), topics.dlq.valueSerde().serializer());
  }

  /** Producer settings: the client's, over Wirestream's defaults for durable, ordered delivery. */
  public static Map<String, Object> producerConfig(Map<String, Object> clientProps) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Articles of up to 10 MB: compress and allow requests that large.
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
    // Bulk loads: fill batches a little before sending.
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.putAll(clientProps);
    return props;
  }

  /**
   * Publishes the results of one document, one outcome per result in order. Counts and outcomes are
   * final after {@link #flush()}.
   */
  public List<ItemOutcome> publish(InputDocument document, List<ArticleResult> results) {
    List<ItemOutcome> outcomes = new java.util.ArrayList<>(results.size());
    for (ArticleResult result : results) {
      if (result instanceof ArticleResult.Accepted accepted) {
        outcomes.add(publish(document, accepted));
      } else {
        IngestException error = ((ArticleResult.Rejected) result).error();
        reject(document, error);
        outcomes.add(ItemOutcome.rejected(error.getMessage()));
      }
    }
    return outcomes;
  }

  private ItemOutcome publish(InputDocument document, ArticleResult.Accepted accepted) {
    RawArticle article = accepted.article();
    ArticleLedger.Latest previous;
    synchronized (ledger) {
      if (ledger.decide(article) == ArticleLedger.Decision.DUPLICATE) {
        counts.countDuplicate();
        return ItemOutcome.duplicate(article.getId(), ledger.nextVersion(article.getId()) - 1);
      }
      previous = ledger.latest(article.getId());
      article =
          RawArticle.newBuilder(article).setVersion(ledger.nextVersion(article.getId())).build();
      ledger.record(article);
    }
    RawArticle sent = article;
    java.util.concurrent.CompletableFuture<Void> delivery =
        new java.util.concurrent.CompletableFuture<>();
    ProducerRecord<String, RawArticle> record =
        new ProducerRecord<>(topics.raw.name(), sent.getId(), sent);
    record
        .headers()
        .add(ArticleLedger.HASH_HEADER, sent.getContentHash().getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(
            ArticleLedger.VERSION_HEADER,
            String.valueOf(sent.getVersion()).getBytes(StandardCharsets.UTF_8));
    long size =
        sent.getBody().length() + (sent.getHeadline() == null ? 0 : sent.getHeadline().length());
    try {
      articles.send(
          record,
          (metadata, error) -> {
            if (error == null) {
              counts.countAccepted(size);
              delivery.complete(null);
            } else {
              failed(document, accepted.position(), sent, previous, error);
              delivery.completeExceptionally(error);
            }
          });
    } catch (RuntimeException e) {
      failed(document, accepted.position(), sent, previous, e);
      delivery.completeExceptionally(e);
    }
    return ItemOutcome.sending(sent.getId(), sent.getVersion(), delivery);
  }

  private void failed(
      InputDocument document,
      ItemPosition position,
      RawArticle article,
      ArticleLedger.Latest previous,
      Exception error) {
    synchronized (ledger) {
      ledger.restore(article.getId(), previous);
    }
    reject(
        document,
        new IngestException(
            IngestException.Reason.INVALID_ITEM,
            document.location(),
            position,
            "article "
                + article.getId()
                + " could not be written to "
                + topics.raw.name()
                + ": "
                + DeadLetters.describe(error),
            error));
  }

  private void reject(InputDocument document, IngestException error) {
    counts.countRejected();
    log.warn("Rejected {}", error.getMessage());
    IngestException located =
        error.location().isEmpty()
            ? new IngestException(
                error.reason(), document.location(), error.position(), error.detail(), error)
            : error;
    byte[] original = error.position().isWholeDocument() ? document.bytes() : null;
    DeadLetter dead = IngestDeadLetters.of(located, original, clock.instant());
    deadLetters.send(
        new ProducerRecord<>(topics.dlq.name(), null, dead),
        (m, e) -> {
          if (e != null) {
            log.error(
                "Dead letter for {} could not be written: {}", document.location(), e.getMessage());
          }
        });
  }

  /** Waits until everything sent so far is acknowledged (or has become a dead letter). */
  public void flush() {
    articles.flush();
    deadLetters.flush();
  }

  public IngestCounts counts() {
    return counts;
  }

  @Override
  public void close() {
    flush();
    articles.close();
    deadLetters.close();
  }
}
