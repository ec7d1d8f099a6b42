package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.Stage;
import io.wirestream.enrich.EnrichedArticles;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

  private static final Map<String, String> CONFIG =
      Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://enrich-topology");

  private static final Function<RawArticle, EnrichedArticle> MARKING_ENRICHER =
      raw -> {
        if (raw.getBody().contains("EXPLODE")) {
          throw new IllegalStateException("enricher cannot handle this body");
        }
        return EnrichedArticles.from(raw, "test-1").setKeywords(List.of("marked")).build();
      };

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<String, byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], DeadLetter> dlq;

  @BeforeEach
  void start() {
    Topics topics = Topics.from(CONFIG, SchemaRegistryClient.fromConfig(CONFIG));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichTopology.build(topics, MARKING_ENRICHER), props);
    raw =
        driver.createInputTopic(
            topics.raw.name(), Serdes.String().serializer(), topics.raw.valueSerde().serializer());
    rawBytes =
        driver.createInputTopic(
            topics.raw.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    enriched =
        driver.createOutputTopic(
            topics.enriched.name(),
            Serdes.String().deserializer(),
            topics.enriched.valueSerde().deserializer());
    dlq =
        driver.createOutputTopic(
            topics.dlq.name(),
            Serdes.ByteArray().deserializer(),
            topics.dlq.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  static RawArticle article(String id, String body) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSource(Source.newBuilder().setName("desk").setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline("Headline " + id)
        .setBody(body)
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse("2024-04-24T09:00:01Z"))
        .setContentHash("hash-" + id)
        .build();
  }

  @Test
  void rawArticleComesOutEnrichedUnderTheSameKey() {
    raw.pipeInput("a1", article("a1", "Talks resumed on Friday."));

    TestRecord<String, EnrichedArticle> out = enriched.readRecord();
    assertThat(out.key()).isEqualTo("a1");
    assertThat(out.value().getBody()).isEqualTo("Talks resumed on Friday.");
    assertThat(out.value().getKeywords()).containsExactly("marked");
    assertThat(out.value().getEnricherVersion()).isEqualTo("test-1");
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void valueWithUnknownMagicByteBecomesADeadLetterAndTheStreamGoesOn() {
    rawBytes.pipeInput("bad", new byte[] {9, 9, 9, 9, 9, 9});
    raw.pipeInput("good", article("good", "Fine."));

    DeadLetter dead = dlq.readValue();
    assertThat(dead.getStage()).isEqualTo(Stage.ENRICH);
    assertThat(dead.getOrigin().getTopic()).isEqualTo("news.raw");
    assertThat(dead.getOrigin().getPartition()).isZero();
    assertThat(dead.getOrigin().getOffset()).isZero();
    assertThat(dead.getErrorMessage()).contains("magic byte 0x09");
    assertThat(dead.getValue().remaining()).isEqualTo(6);
    assertThat(enriched.readRecord().key()).isEqualTo("good");
  }

  @Test
  void unknownSchemaIdAndTruncatedAvroBecomeDeadLetters() {
    rawBytes.pipeInput("unknown-id", new byte[] {0, 0, 0, 0x33, 0x33, 1, 2});
    byte[] good =
        Topics.from(CONFIG, SchemaRegistryClient.fromConfig(CONFIG))
            .raw
            .valueSerde()
            .serializer()
            .serialize("news.raw", article("t", "Some body text that will be cut."));
    rawBytes.pipeInput("truncated", java.util.Arrays.copyOf(good, 12));

    List<DeadLetter> dead = dlq.readValuesToList();
    assertThat(dead).hasSize(2);
    assertThat(dead.get(0).getErrorMessage()).contains("Unknown schema id");
    assertThat(dead.get(1).getErrorMessage()).contains("Cannot decode Avro value");
    assertThat(dead.get(1).getOrigin().getOffset()).isEqualTo(1L);
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void enricherFailureBecomesADeadLetterWithTheOriginalBytes() {
    raw.pipeInput("x", article("x", "EXPLODE"));

    var record = dlq.readRecord();
    assertThat(new String(record.key())).isEqualTo("x");
    assertThat(record.value().getErrorClass()).isEqualTo(IllegalStateException.class.getName());
    assertThat(record.value().getErrorMessage()).contains("enricher cannot handle this body");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void tombstoneOnRawDeletesTheEnrichedRecord() {
    raw.pipeInput("gone", (RawArticle) null);

    TestRecord<String, EnrichedArticle> out = enriched.readRecord();
    assertThat(out.key()).isEqualTo("gone");
    assertThat(out.value()).isNull();
  }
}
