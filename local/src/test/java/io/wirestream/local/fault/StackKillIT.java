package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.local.bench.ArticleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole embedded stack ({@code wirestream up}: broker, registry, enrich) and a bulk {@code
 * wirestream ingest} are killed with SIGKILL mid-ingest; the stack restarts on the same data and
 * the same ingest runs again. The ingest ledger, rebuilt from news.raw, sends only what is missing:
 * news.raw holds each article once, and news.enriched one record per news.raw record.
 */
class StackKillIT {

  static final int ARTICLES = FaultScale.articles(4_000);
  static final int PER_FILE = 50;

  @TempDir static Path dataDir;
  static ChildJvms jvms;
  static final int KAFKA_PORT = BrokerAndRegistry.freePort();
  static final int CONTROLLER_PORT = BrokerAndRegistry.freePort();
  static final int REGISTRY_PORT = BrokerAndRegistry.freePort();

  @BeforeAll
  static void start() {
    jvms = new ChildJvms(dataDir.resolve("logs"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (jvms != null) {
      jvms.close();
    }
  }

  @Test
  void rerunningTheIngestAfterACrashSendsOnlyWhatIsMissing() throws Exception {
    Path input = writeInput(dataDir.resolve("input"));
    Process stack = up();
    Process ingest = ingest();
    long before = awaitRawRecords(ARTICLES / 10);
    boolean ingestStillRunning = ingest.isAlive();
    ChildJvms.kill(stack);
    ChildJvms.kill(ingest);
    assertThat(ingestStillRunning)
        .as("ingest was still running when killed (%d records on news.raw)", before)
        .isTrue();

    up();
    Process rerun = ingest();
    assertThat(rerun.waitFor(FaultScale.patience(ARTICLES).toSeconds() + 120, TimeUnit.SECONDS))
        .as("second ingest finished\n" + jvms.logs())
        .isTrue();
    assertThat(rerun.exitValue()).as(jvms.logs()).isZero();

    Map<String, Object> client = client();
    try (TopicCensus raw =
            new TopicCensus(client, "news.raw").awaitKeys(ARTICLES, FaultScale.patience(ARTICLES));
        TopicCensus enriched =
            new TopicCensus(client, "news.enriched")
                .awaitKeys(ARTICLES, FaultScale.patience(ARTICLES))) {
      assertThat(raw.keys()).as("distinct articles on news.raw").hasSize(ARTICLES);
      assertThat(raw.records()).as("records on news.raw (none sent twice)").isEqualTo(ARTICLES);
      assertThat(enriched.keys()).isEqualTo(raw.keys());
      assertThat(enriched.duplicates()).as("ids enriched more than once").isEmpty();
      assertThat(enriched.records()).isEqualTo(raw.records());
    }
    String summary =
        Files.readAllLines(jvms.logFile(rerun)).stream()
            .filter(l -> l.startsWith("Ingested:"))
            .findFirst()
            .orElse("");
    assertThat(summary).as("the rerun's counts").contains("rejected 0");
  }

  private static Path writeInput(Path folder) throws Exception {
    Files.createDirectories(folder);
    ArticleGenerator generator = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED);
    for (int file = 0; file * PER_FILE < ARTICLES; file++) {
      StringBuilder lines = new StringBuilder();
      for (int i = file * PER_FILE; i < Math.min(ARTICLES, (file + 1) * PER_FILE); i++) {
        lines.append(generator.jsonLine(i)).append('\n');
      }
      Files.writeString(folder.resolve(String.format("batch-%05d.jsonl", file)), lines);
    }
    return folder;
  }

  private static Process up() throws InterruptedException {
    Process stack =
        jvms.wirestream(
            "up",
            "up",
            "--data-dir",
            dataDir.resolve("stack").toString(),
            "--kafka-port",
            String.valueOf(KAFKA_PORT),
            "--controller-port",
            String.valueOf(CONTROLLER_PORT),
            "--registry-port",
            String.valueOf(REGISTRY_PORT));
    awaitTopic("news.enriched", stack);
    return stack;
  }

  private static Process ingest() {
    return jvms.wirestream(
        "ingest",
        "ingest",
        "-b",
        bootstrap(),
        "-r",
        "http://127.0.0.1:" + REGISTRY_PORT,
        dataDir.resolve("input").toString());
  }

  private static String bootstrap() {
    return "127.0.0.1:" + KAFKA_PORT;
  }

  private static Map<String, Object> client() {
    Map<String, Object> props = new HashMap<>();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    return props;
  }

  /** Waits until the stack has created its topics (it does so once broker and registry are up). */
  private static void awaitTopic(String topic, Process stack) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    Map<String, Object> props = client();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    while (System.nanoTime() < deadline && stack.isAlive()) {
      try (Admin admin = Admin.create(props)) {
        if (admin.listTopics().names().get().contains(topic)) {
          return;
        }
      } catch (Exception e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the stack did not come up\n" + jvms.logs());
  }

  /** Waits until news.raw holds at least {@code count} records; returns how many it holds. */
  private static long awaitRawRecords(long count) throws InterruptedException {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(client(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("news.raw").stream()
              .map(p -> new TopicPartition("news.raw", p.partition()))
              .toList();
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      long total = 0;
      while (total < count && System.nanoTime() < deadline) {
        total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        Thread.sleep(20);
      }
      return total;
    }
  }
}
