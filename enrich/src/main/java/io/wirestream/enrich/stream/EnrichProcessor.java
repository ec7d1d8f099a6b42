package io.wirestream.enrich.stream;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Stage;
import io.wirestream.schemas.DeadLetters;
import io.wirestream.schemas.RecordPosition;
import io.wirestream.schemas.registry.RegistryOutage;
import java.time.Instant;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one {@code news.raw} value and enriches it. Any failure, in decoding or in the enricher,
 * becomes a dead letter naming the record's topic, partition and offset; the stream goes on. A
 * registry that cannot be reached is the exception: the record is not at fault, so the task fails
 * and the record is read again once the registry answers.
 */
final class EnrichProcessor implements Processor<byte[], byte[], byte[], EnrichOutcome> {

  private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);

  private final String topic;
  private final Deserializer<RawArticle> deserializer;
  private final Function<RawArticle, EnrichedArticle> enricher;
  private ProcessorContext<byte[], EnrichOutcome> context;

  EnrichProcessor(
      String topic,
      Deserializer<RawArticle> deserializer,
      Function<RawArticle, EnrichedArticle> enricher) {
    this.topic = topic;
    this.deserializer = deserializer;
    this.enricher = enricher;
  }

  @Override
  public void init(ProcessorContext<byte[], EnrichOutcome> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (record.value() == null) {
      context.forward(record.withValue(EnrichOutcome.tombstone()));
      return;
    }
    EnrichOutcome outcome;
    try {
      RawArticle raw = deserializer.deserialize(topic, record.headers(), record.value());
      outcome = EnrichOutcome.enriched(enricher.apply(raw));
    } catch (RuntimeException | StackOverflowError e) {
      if (RegistryOutage.causedBy(e)) {
        // The registry is away, the record is fine: fail the task (its transaction aborts) and
        // let the replacement thread read it again, rather than dead-letter a good article.
        throw new StreamsException("Schema registry unavailable while reading " + position(), e);
      }
      outcome = EnrichOutcome.dead(deadLetter(record, e));
    }
    context.forward(record.withValue(outcome));
  }

  private RecordPosition position() {
    return context
        .recordMetadata()
        .map(m -> new RecordPosition(m.topic(), m.partition(), m.offset()))
        .orElse(RecordPosition.unknown(topic));
  }

  private io.wirestream.avro.DeadLetter deadLetter(Record<byte[], byte[]> record, Throwable error) {
    RecordPosition at = position();
    log.warn("Dead letter from {}: {}", at, DeadLetters.describe(error));
    return DeadLetters.fromRecord(
        Stage.ENRICH,
        at,
        record.key(),
        record.value(),
        error,
        Instant.ofEpochMilli(context.currentSystemTimeMs()));
  }
}
