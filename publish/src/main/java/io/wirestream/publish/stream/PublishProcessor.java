package io.wirestream.publish.stream;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Stage;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.DeadLetters;
import io.wirestream.schemas.RecordPosition;
import io.wirestream.schemas.registry.RegistryOutage;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one enriched record and forwards it to the sink of every route it matches (and their JSON
 * mirrors). A record that cannot be decoded becomes a dead letter naming its position; a tombstone
 * goes to every route, so compacted route topics forget the article too.
 */
final class PublishProcessor implements Processor<byte[], byte[], byte[], Object> {

  private static final Logger log = LoggerFactory.getLogger(PublishProcessor.class);

  private final String topic;
  private final Deserializer<EnrichedArticle> deserializer;
  private final RouteTable routes;
  private final PublishMetrics metrics;
  private ProcessorContext<byte[], Object> context;

  PublishProcessor(
      String topic,
      Deserializer<EnrichedArticle> deserializer,
      RouteTable routes,
      PublishMetrics metrics) {
    this.topic = topic;
    this.deserializer = deserializer;
    this.routes = routes;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<byte[], Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    metrics.recordIn();
    if (record.value() == null) {
      for (Route route : routes.routes()) {
        forward(record.withValue(null), route);
      }
      return;
    }
    EnrichedArticle article;
    try {
      article = deserializer.deserialize(topic, record.headers(), record.value());
    } catch (RuntimeException e) {
      if (RegistryOutage.causedBy(e)) {
        // The registry is away, the record is fine: fail the task (its transaction aborts) and
        // let the replacement thread read it again, rather than dead-letter a good article.
        throw new StreamsException("Schema registry unavailable while reading " + position(), e);
      }
      metrics.deadLetter();
      context.forward(record.withValue(deadLetter(record, e)), PublishTopology.DLQ_SINK);
      return;
    }
    // Ingest to here: wall clock against the time ingest read the item (not the record
    // timestamp, which a producer may set from the feed).
    metrics.enrichmentLatencyMillis(
        context.currentSystemTimeMs() - article.getReceived().toEpochMilli());
    List<Route> matching = routes.matching(article);
    if (matching.isEmpty()) {
      metrics.unmatched();
      return;
    }
    for (Route route : matching) {
      forward(record.withValue(article), route);
      metrics.routed(route.name());
    }
  }

  private void forward(Record<byte[], Object> record, Route route) {
    context.forward(record, PublishTopology.sinkName(route));
    if (route.jsonTopic() != null) {
      context.forward(record, PublishTopology.mirrorSinkName(route));
    }
  }

  /** Where the current record sits. */
  private RecordPosition position() {
    return context
        .recordMetadata()
        .map(m -> new RecordPosition(m.topic(), m.partition(), m.offset()))
        .orElse(RecordPosition.unknown(topic));
  }

  private DeadLetter deadLetter(Record<byte[], byte[]> record, Throwable error) {
    RecordPosition at = position();
    log.warn("Dead letter from {}: {}", at, DeadLetters.describe(error));
    return DeadLetters.fromRecord(
        Stage.PUBLISH,
        at,
        record.key(),
        record.value(),
        error,
        Instant.ofEpochMilli(context.currentSystemTimeMs()));
  }
}
