package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.Stage;
import io.wirestream.enrich.Enricher;
import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich pipeline on the real embedded broker and registry: one stack for the class. */
class LocalStackIT {

  @TempDir static Path dataDir;
  static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir));
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  static RawArticle article(String id) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSource(Source.newBuilder().setName("it").setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline("Ceasefire talks resume")
        .setBody("Negotiators met on Friday and will meet again next week.")
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse("2024-04-24T09:00:01Z"))
        .setContentHash("h-" + id)
        .build();
  }

  @Test
  void rawArticleIsEnrichedAndPoisonGoesToTheDeadLetterTopic() throws Exception {
    Topics topics = stack.topics();
    Map<String, Object> props = stack.config().kafkaClient();
    try (KafkaProducer<String, RawArticle> producer =
            new KafkaProducer<>(
                props, new StringSerializer(), topics.raw.valueSerde().serializer());
        KafkaProducer<String, byte[]> bytes =
            new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.raw.name(), "it-1", article("it-1"))).get();
      bytes
          .send(new ProducerRecord<>(topics.raw.name(), "poison", new byte[] {1, 2, 3, 4, 5, 6}))
          .get();
    }

    List<EnrichedArticle> enriched =
        readAll(topics.enriched.name(), topics.enriched.valueSerde().deserializer(), 1);
    assertThat(enriched).hasSize(1);
    assertThat(enriched.get(0).getId()).isEqualTo("it-1");
    assertThat(enriched.get(0).getEnricherVersion()).isEqualTo(Enricher.VERSION);

    List<DeadLetter> dead = readAll(topics.dlq.name(), topics.dlq.valueSerde().deserializer(), 1);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).getStage()).isEqualTo(Stage.ENRICH);
    assertThat(dead.get(0).getOrigin().getTopic()).isEqualTo(topics.raw.name());
    assertThat(dead.get(0).getOrigin().getOffset()).isNotNull();
    assertThat(dead.get(0).getErrorMessage()).contains("magic byte 0x01");
  }

  private <V> List<V> readAll(String topic, Deserializer<V> values, int expected) {
    Map<String, Object> props = stack.config().kafkaClient();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<V> out = new ArrayList<>();
    try (KafkaConsumer<byte[], V> consumer =
        new KafkaConsumer<>(
            props, new org.apache.kafka.common.serialization.ByteArrayDeserializer(), values)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], V> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }
}
