package io.wirestream.publish.webhook;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Stage;
import io.wirestream.publish.ConsumerLag;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.consume.EnrichedReader;
import io.wirestream.publish.consume.PollLoop;
import io.wirestream.publish.consume.RetryBackoff;
import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.DeadLetters;
import io.wirestream.schemas.RecordPosition;
import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the articles of {@code news.enriched} to the webhooks of the routes they match,
 * at-least-once: offsets are committed only after every article of a poll was delivered or
 * dead-lettered, so a crash re-sends (receivers deduplicate on {@code Idempotency-Key}). An article
 * that still fails after the last retry becomes a DeadLetter (stage PUBLISH) naming the route, the
 * URL and the record's position.
 *
 * <p>While the schema registry is away, nothing is passed over: the dispatcher stops at the record
 * it could not decode, commits what it delivered before it, and reads that record again after a
 * backoff (see {@link EnrichedReader}). A record that is bad in itself is counted and passed over;
 * the publish topology dead-letters it.
 */
public final class WebhookDispatcher implements AutoCloseable {

  /** Consumer group of the dispatcher; its committed offsets are the delivery position. */
  public static final String DEFAULT_GROUP_ID = "wirestream-webhooks";

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  /** Name of the dispatcher in metrics ({@code reader="webhooks"}). */
  public static final String READER = "webhooks";

  /** First and longest pause before reading again a record the registry could not give. */
  static final Duration REGISTRY_BACKOFF = Duration.ofMillis(500);

  static final Duration REGISTRY_BACKOFF_MAX = Duration.ofSeconds(30);

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], DeadLetter> deadLetters;
  private final Topics topics;
  private final Supplier<RouteTable> routes;
  private final WebhookSender sender;
  private final PublishMetrics metrics;
  private final EnrichedReader reader;
  private final PollLoop loop;

  public WebhookDispatcher(
      Map<String, Object> kafkaClient,
      String groupId,
      Topics topics,
      Supplier<RouteTable> routes,
      WebhookSender sender,
      PublishMetrics metrics) {
    this(
        new KafkaConsumer<>(
            consumerProps(kafkaClient, groupId),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer()),
        new KafkaProducer<>(
            producerProps(kafkaClient),
            new ByteArraySerializer(),
            topics.dlq.valueSerde().serializer()),
        topics,
        routes,
        sender,
        metrics,
        new RetryBackoff(REGISTRY_BACKOFF, REGISTRY_BACKOFF_MAX));
    metrics.lagSource(
        groupId,
        new PublishMetrics.LagSource(
            topics.enriched.name(),
            () -> ConsumerLag.of(consumer.metrics(), topics.enriched.name())));
  }

  /** A dispatcher on the given clients, for tests. */
  WebhookDispatcher(
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], DeadLetter> deadLetters,
      Topics topics,
      Supplier<RouteTable> routes,
      WebhookSender sender,
      PublishMetrics metrics,
      RetryBackoff backoff) {
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.topics = topics;
    this.routes = routes;
    this.sender = sender;
    this.metrics = metrics;
    this.reader = new EnrichedReader(READER, topics.enriched.valueSerde().deserializer(), metrics);
    this.loop =
        new PollLoop(
            "wirestream-webhooks",
            false,
            consumer,
            backoff,
            new PollLoop.Body() {
              @Override
              public void open() {
                consumer.subscribe(List.of(topics.enriched.name()));
              }

              @Override
              public boolean pollOnce() throws InterruptedException {
                return WebhookDispatcher.this.pollOnce();
              }
            },
            // A slow receiver or a backoff is cut short; its article is re-sent after restart.
            Duration.ofSeconds(30));
  }

  private static Map<String, Object> consumerProps(
      Map<String, Object> kafkaClient, String groupId) {
    Map<String, Object> consumerProps = new HashMap<>(kafkaClient);
    consumerProps.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // A poll's articles are delivered one by one, with retries (about a minute at worst with the
    // defaults): a few per poll keep that inside the poll interval, itself below the idle timeout.
    consumerProps.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5);
    consumerProps.putIfAbsent(
        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(8).toMillis());
    return consumerProps;
  }

  private static Map<String, Object> producerProps(Map<String, Object> kafkaClient) {
    Map<String, Object> producerProps = new HashMap<>(kafkaClient);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
    return producerProps;
  }

  public void start() {
    loop.start();
  }

  /**
   * One poll: delivers its articles, then commits what was handled. Returns false when it stopped
   * at a record the registry could not give; the consumer has been sought back to it.
   */
  boolean pollOnce() throws InterruptedException {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
    if (records.isEmpty()) {
      return true;
    }
    boolean whole = reader.handle(consumer, records, this::dispatch);
    deadLetters.flush();
    // The positions: past every record handled, at the first one to read again after an outage.
    consumer.commitSync();
    return whole;
  }

  private void dispatch(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article)
      throws InterruptedException {
    for (Route route : routes.get().matching(article)) {
      if (route.webhook() == null) {
        continue;
      }
      WebhookSender.Result result = sender.deliver(route.webhook(), article);
      if (result.delivered()) {
        metrics.webhookDelivered(route.name());
      } else {
        metrics.webhookFailed(route.name());
        metrics.deadLetter();
        String reason =
            "webhook of route '"
                + route.name()
                + "' at "
                + route.webhook().url()
                + " failed after "
                + result.attempts()
                + " attempt(s): "
                + result.failure();
        RecordPosition at = RecordPosition.of(record);
        log.warn("Dead letter from {}: {}", at, reason);
        DeadLetter dead =
            DeadLetters.fromRecord(
                Stage.PUBLISH,
                at,
                record.key(),
                record.value(),
                new WebhookDeliveryException(reason),
                Instant.now());
        deadLetters.send(new ProducerRecord<>(topics.dlq.name(), record.key(), dead));
      }
    }
  }

  @Override
  public void close() {
    loop.close();
    deadLetters.close(Duration.ofSeconds(5));
  }

  /** Why a webhook delivery was given up. */
  public static final class WebhookDeliveryException extends RuntimeException {
    public WebhookDeliveryException(String message) {
      super(message);
    }
  }
}
