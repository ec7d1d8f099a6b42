package io.wirestream.enrich.stream;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich topology as a Kafka Streams application, exactly-once. */
public final class EnrichService implements AutoCloseable {

  /** Default Streams application id; instances sharing it share the partitions of news.raw. */
  public static final String DEFAULT_APPLICATION_ID = "wirestream-enrich";

  /** Producer batch size for news.enriched and the dead-letter topic (see streamsConfig). */
  static final int PRODUCER_BATCH_BYTES = 256 * 1024;

  private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
  private final KafkaStreams streams;

  public EnrichService(
      ServiceConfig config, Topics topics, Function<RawArticle, EnrichedArticle> enricher) {
    this.streams = new KafkaStreams(EnrichTopology.build(topics, enricher), streamsConfig(config));
  }

  /**
   * The Streams properties: the service's client and {@code streams.*} settings over these
   * defaults.
   */
  public static Properties streamsConfig(ServiceConfig config) {
    Map<String, Object> settings = config.streams();
    settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
    // Each raw record yields exactly one enriched record or dead letter, even across crashes.
    settings.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Articles of up to 10 MB: compress, and allow requests that large.
    settings.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    settings.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        Topics.MAX_MESSAGE_BYTES);
    // An enriched record carries its body plus the analysis, several KB: the producer's 16 KB
    // default batch holds two or three. Larger batches mean fewer produce requests per transaction
    // and lz4 compresses a batch as a whole, so a replay writes less. Streams' default linger.ms
    // (100 ms, within the exactly-once commit interval) already lets a batch fill before it goes.
    settings.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
    // Consumer fetch settings stay at their defaults: one 1 MB partition fetch is a few hundred
    // raw articles, a quarter second of enrichment per core, and the consumer fetches ahead while
    // they are processed; a larger fetch.min.bytes would only delay live articles.
    // Enrichment is CPU-bound: one stream thread per core (partitions permitting) by default.
    settings.putIfAbsent(
        StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
    // There is no global state here; opting in now is what Kafka 5 will do by default.
    settings.putIfAbsent("processing.exception.handler.global.enabled", "true");
    Properties props = new Properties();
    props.putAll(settings);
    return props;
  }

  public void start() {
    streams.setUncaughtExceptionHandler(
        e -> {
          log.error("Enrich stream thread failed; replacing it", e);
          return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
              .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streams.start();
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    // Leave the group: the app keeps no state, so the partitions should move to the other
    // instances (or to this one's restart) now, not after the session timeout.
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(30)));
  }
}
