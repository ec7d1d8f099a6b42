package io.wirestream.local.bench;

import io.wirestream.avro.RawArticle;
import io.wirestream.ingest.kafka.IngestPublisher;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.schemas.TopicAdmin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Bulk ingest from a folder of generated HTML pages (read, detect, parse, clean, identify, produce
 * with the ingest producer's settings), next to the rate at which the same articles, as ready
 * RawArticles, go through a bare producer in the same run: how much ingest costs over Kafka itself.
 * Each side writes to a scratch raw topic of its own.
 */
final class FolderIngestBench {

  private static final String FOLDER_RAW_TOPIC = "news.bench.folder-raw";
  private static final String PRODUCER_RAW_TOPIC = "news.bench.producer-raw";

  /** Generator indexes past those of the other phases, so these are new articles. */
  private static final long FIRST_INDEX = 10_000_000L;

  private FolderIngestBench() {}

  static Map<String, Object> run(
      Map<String, String> stackConfig, ArticleGenerator generator, Path folder, int articles)
      throws IOException {
    Files.createDirectories(folder);
    long pageBytes = 0;
    for (int i = 0; i < articles; i++) {
      byte[] page = generator.html(FIRST_INDEX + i).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve("page-" + i + ".html"), page);
      pageBytes += page.length;
    }
    Topics folderTopics = topics(stackConfig, FOLDER_RAW_TOPIC);
    Topics producerTopics = topics(stackConfig, PRODUCER_RAW_TOPIC);
    Map<String, Object> client = new HashMap<>();
    stackConfig.forEach(
        (k, v) -> {
          if (k.startsWith("kafka.")) {
            client.put(k.substring("kafka.".length()), v);
          }
        });
    try (Admin admin = Admin.create(client)) {
      TopicAdmin.ensure(admin, List.of(folderTopics.raw, producerTopics.raw));
    }

    Map<String, Object> figures = new LinkedHashMap<>();
    long start = System.nanoTime();
    try (IngestService ingest = IngestService.connect(client, folderTopics, Clock.systemUTC())) {
      ingest.ingestPath(folder);
      ingest.flush();
      Map<String, Object> fromFolder =
          StageBench.rate(articles, pageBytes, System.nanoTime() - start);
      fromFolder.put("accepted", ingest.counts().accepted());
      fromFolder.put("rejected", ingest.counts().rejected());
      figures.put("folderIngest", fromFolder);
    }

    List<RawArticle> raws = new ArrayList<>(articles);
    for (int i = 0; i < articles; i++) {
      raws.add(generator.raw(FIRST_INDEX + i, Instant.EPOCH));
    }
    start = System.nanoTime();
    try (KafkaProducer<String, RawArticle> producer =
        new KafkaProducer<>(
            IngestPublisher.producerConfig(client),
            new StringSerializer(),
            producerTopics.raw.valueSerde().serializer())) {
      for (RawArticle raw : raws) {
        producer.send(new ProducerRecord<>(producerTopics.raw.name(), raw.getId(), raw));
      }
      producer.flush();
    }
    figures.put("rawProducer", StageBench.rate(articles, pageBytes, System.nanoTime() - start));
    return figures;
  }

  private static Topics topics(Map<String, String> stackConfig, String rawTopic) {
    Map<String, String> values = new HashMap<>(stackConfig);
    values.put(Topics.RAW_TOPIC_CONFIG, rawTopic);
    return Topics.from(values, SchemaRegistryClient.fromConfig(values));
  }
}
