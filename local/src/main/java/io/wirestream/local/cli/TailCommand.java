package io.wirestream.local.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.wirestream.schemas.RecordPosition;
import io.wirestream.schemas.config.ServiceConfig;
import io.wirestream.schemas.json.AvroJson;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroDeserializer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wirestream tail TOPIC}: decoded records of a topic as JSON lines. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = "Print the records of a topic as JSON lines (Avro decoded through the registry).")
public final class TailCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "TOPIC", description = "e.g. news.enriched, news.raw, news.dlq")
  String topic;

  @Option(
      names = "--from",
      defaultValue = "earliest",
      description = "earliest or latest (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(
      names = {"-n", "--max"},
      defaultValue = "-1",
      description = "Stop after this many records (default: no limit).")
  long max;

  @Option(
      names = "--idle-timeout",
      defaultValue = "0",
      description =
          "Stop after this many seconds without a new record (default 0: follow forever).")
  int idleSeconds;

  @Override
  public Integer call() {
    ServiceConfig config = connection.load();
    Map<String, Object> props = config.kafkaClient();
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, from);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    AvroDeserializer<GenericRecord> values =
        new AvroDeserializer<>(SchemaRegistryClient.fromConfig(config.values()), config.values());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      if (partitions.isEmpty()) {
        System.err.println("No topic " + topic + " on " + props.get("bootstrap.servers"));
        return 2;
      }
      consumer.assign(partitions);
      if ("earliest".equals(from)) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      long printed = 0;
      long idleSince = System.nanoTime();
      while (max < 0 || printed < max) {
        var records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          if (idleSeconds > 0
              && System.nanoTime() - idleSince > Duration.ofSeconds(idleSeconds).toNanos()) {
            break;
          }
          continue;
        }
        idleSince = System.nanoTime();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          String line = line(record, values);
          if (line != null) {
            out.println(line);
          }
          if (max >= 0 && ++printed >= max) {
            break;
          }
        }
      }
    }
    return 0;
  }

  /**
   * The record as JSON, or null (reported on stderr with its position) when it cannot be decoded.
   */
  private String line(ConsumerRecord<byte[], byte[]> record, Deserializer<GenericRecord> values) {
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    if (record.value() == null) {
      return "{\"key\":" + quote(key) + ",\"tombstone\":true}";
    }
    try {
      return AvroJson.toJson(values.deserialize(record.topic(), record.value()));
    } catch (RuntimeException e) {
      System.err.println("Cannot decode " + RecordPosition.of(record) + ": " + e.getMessage());
      return null;
    }
  }

  private static String quote(String s) {
    return s == null
        ? "null"
        : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
