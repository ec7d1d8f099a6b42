package io.wirestream.enrich.stream;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.schemas.Topics;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich pipeline: {@code news.raw} → enricher → {@code news.enriched}, and whatever cannot be
 * read or enriched → {@code news.dlq} with its topic, partition and offset.
 *
 * <p>Values are consumed as bytes and decoded inside {@link EnrichProcessor}, where the record's
 * position is known, so a poison record becomes a dead letter instead of stopping the stream. Keys
 * pass through as the bytes they arrived as. Tombstones on {@code news.raw} delete the enriched
 * record too.
 */
public final class EnrichTopology {

  private EnrichTopology() {}

  /** Builds the topology; a pure function of its arguments. */
  public static Topology build(Topics topics, Function<RawArticle, EnrichedArticle> enricher) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], EnrichOutcome> outcomes =
        builder.stream(
                topics.raw.name(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw"))
            .process(
                () ->
                    new EnrichProcessor(
                        topics.raw.name(), topics.raw.valueSerde().deserializer(), enricher),
                Named.as("enrich"));
    outcomes
        .split(Named.as("outcome-"))
        .branch(
            (key, outcome) -> outcome.deadLetter() != null,
            Branched.withConsumer(
                dead ->
                    dead.mapValues(EnrichOutcome::deadLetter, Named.as("dead-letter"))
                        .to(
                            topics.dlq.name(),
                            Produced.<byte[], DeadLetter>with(
                                    Serdes.ByteArray(), topics.dlq.valueSerde())
                                .withName("write-dlq")),
                "dlq"))
        .defaultBranch(
            Branched.withConsumer(
                ok ->
                    ok.mapValues(EnrichOutcome::article, Named.as("article"))
                        .to(
                            topics.enriched.name(),
                            Produced.<byte[], EnrichedArticle>with(
                                    Serdes.ByteArray(), topics.enriched.valueSerde())
                                .withName("write-enriched")),
                "enriched"));
    return builder.build();
  }
}
