package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.local.LocalStack;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RawArticles written with an older writer schema (one field fewer, which the current schema
 * defaults) and with a newer one (an added field with a default) are both registered under
 * news.raw-value, pass the registry's BACKWARD check, and are enriched by the current enricher.
 */
class SchemaEvolutionIT {

  @TempDir static Path dataDir;
  static LocalStack stack;

  @BeforeAll
  static void start() {
    stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  /** The current RawArticle schema without its {@code attributes} field (default {} today). */
  static Schema olderSchema() {
    Schema current = RawArticle.getClassSchema();
    List<Schema.Field> fields =
        current.getFields().stream()
            .filter(f -> !f.name().equals("attributes"))
            .map(f -> new Schema.Field(f, f.schema()))
            .toList();
    return Schema.createRecord(
        current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  /** The current RawArticle schema plus a field a later release might add. */
  static Schema newerSchema() {
    Schema current = RawArticle.getClassSchema();
    List<Schema.Field> fields =
        new ArrayList<>(
            current.getFields().stream().map(f -> new Schema.Field(f, f.schema())).toList());
    fields.add(
        new Schema.Field(
            "urgency", Schema.create(Schema.Type.INT), "Editorial urgency, 1 (flash) to 8.", 5));
    return Schema.createRecord(
        current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  static GenericRecord article(Schema schema, String id, String headline) {
    Schema source = schema.getField("source").schema();
    GenericRecordBuilder builder =
        new GenericRecordBuilder(schema)
            .set("id", id)
            .set(
                "source",
                new GenericRecordBuilder(source)
                    .set("name", "archive")
                    .set(
                        "kind",
                        new GenericData.EnumSymbol(source.getField("kind").schema(), "FILE"))
                    .build())
            .set("format", new GenericData.EnumSymbol(schema.getField("format").schema(), "TEXT"))
            .set("headline", headline)
            .set("body", "Harbour workers in Lisbon ended their strike on Friday after a pay deal.")
            .set("published", 1_714_000_000_000L)
            .set(
                "publishedFrom",
                new GenericData.EnumSymbol(schema.getField("publishedFrom").schema(), "METADATA"))
            .set("received", 1_714_000_060_000L)
            .set("contentHash", "hash-" + id);
    return builder.build();
  }

  @Test
  void articlesWrittenWithOlderAndNewerSchemasAreEnriched() throws Exception {
    Topics topics = stack.topics();
    Map<String, Object> client = stack.config().kafkaClient();
    SchemaRegistryClient registry = SchemaRegistryClient.fromConfig(stack.config().values());
    AvroSerializer<GenericRecord> generic =
        new AvroSerializer<>(registry, Topics.serdeConfig(stack.config().values()), false);
    try (KafkaProducer<String, GenericRecord> producer =
        new KafkaProducer<>(client, new StringSerializer(), generic)) {
      producer
          .send(
              new ProducerRecord<>(
                  topics.raw.name(),
                  "old-1",
                  article(olderSchema(), "old-1", "Written before attributes existed")))
          .get();
      producer
          .send(
              new ProducerRecord<>(
                  topics.raw.name(),
                  "new-1",
                  article(newerSchema(), "new-1", "Written by a later release")))
          .get();
    }
    try (KafkaProducer<String, RawArticle> producer =
        new KafkaProducer<>(client, new StringSerializer(), topics.raw.valueSerde().serializer())) {
      RawArticle current =
          RawArticle.newBuilder()
              .setId("current-1")
              .setSource(
                  io.wirestream.avro.Source.newBuilder()
                      .setName("archive")
                      .setKind(io.wirestream.avro.SourceKind.FILE)
                      .build())
              .setFormat(io.wirestream.avro.Format.TEXT)
              .setHeadline("Written today")
              .setBody("Body text.")
              .setPublished(java.time.Instant.ofEpochMilli(1_714_000_000_000L))
              .setPublishedFrom(io.wirestream.avro.PublishedFrom.METADATA)
              .setReceived(java.time.Instant.ofEpochMilli(1_714_000_060_000L))
              .setContentHash("hash-current-1")
              .setAttributes(Map.of("desk", "europe"))
              .build();
      producer.send(new ProducerRecord<>(topics.raw.name(), "current-1", current)).get();
    }
    String subject = topics.raw.name() + "-value";
    assertThat(registry.latest(subject).version()).as("versions under " + subject).isEqualTo(3);

    Map<String, EnrichedArticle> enriched = readEnriched(client, topics, 3);
    assertThat(enriched).containsOnlyKeys("old-1", "new-1", "current-1");
    assertThat(enriched.get("old-1").getHeadline()).isEqualTo("Written before attributes existed");
    assertThat(enriched.get("old-1").getAttributes())
        .as("default of the field the old writer lacked")
        .isEmpty();
    assertThat(enriched.get("new-1").getHeadline()).isEqualTo("Written by a later release");
    assertThat(enriched.get("new-1").getBody()).startsWith("Harbour workers in Lisbon");
    assertThat(enriched.get("current-1").getAttributes()).containsEntry("desk", "europe");
  }

  private static Map<String, EnrichedArticle> readEnriched(
      Map<String, Object> client, Topics topics, int expected) {
    Map<String, Object> props = new HashMap<>(client);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "evolution-it");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, EnrichedArticle> byId = new HashMap<>();
    try (KafkaConsumer<byte[], EnrichedArticle> consumer =
        new KafkaConsumer<>(
            props, new ByteArrayDeserializer(), topics.enriched.valueSerde().deserializer())) {
      consumer.subscribe(List.of(topics.enriched.name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (byId.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], EnrichedArticle> record :
            consumer.poll(Duration.ofMillis(300))) {
          byId.put(record.value().getId(), record.value());
        }
      }
    }
    return byId;
  }
}
