package io.wirestream.local.cli;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.Topic;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.kafka.ItemOutcome;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.local.LocalStack;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wirestream demo}: {@code up}, then the bundled sample stories through the pipeline. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Start the embedded stack, ingest the bundled sample stories and show what the enrichers found.")
public final class DemoCommand implements Callable<Integer> {

  private static final String SAMPLES = "/io/wirestream/local/samples/";

  @Mixin StackOptions stack;

  @Option(names = "--exit", description = "Stop after showing the results instead of staying up.")
  boolean exit;

  @Override
  public Integer call() throws Exception {
    LocalStack running = LocalStack.start(stack.settings(), stack.serviceConfig());
    try {
      UpCommand.printAddresses(running, System.out);
      Set<String> ids = ingestSamples(running);
      Map<String, EnrichedArticle> enriched = awaitEnriched(running, ids, Duration.ofSeconds(90));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      enriched.values().forEach(article -> describe(article, out));
      out.printf(
          "%d of %d sample articles enriched. See them all with: ./wirestream tail news.enriched%n",
          enriched.size(), ids.size());
      if (enriched.size() < ids.size()) {
        return 1;
      }
    } catch (RuntimeException e) {
      running.close();
      throw e;
    }
    if (exit) {
      running.close();
      return 0;
    }
    System.out.println("Still running; press Ctrl-C to stop.");
    UpCommand.awaitShutdown(running);
    return 0;
  }

  private static Set<String> ingestSamples(LocalStack running) throws IOException {
    List<String> names =
        new String(resource("index.txt"), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    Set<String> ids = new java.util.LinkedHashSet<>();
    try (IngestService ingest =
        IngestService.connect(
            running.config().kafkaClient(), running.topics(), Clock.systemUTC())) {
      for (String name : names) {
        InputDocument document = new InputDocument("samples/" + name, resource(name), null);
        for (ItemOutcome outcome :
            ingest.ingest(
                document, new SourceInfo("samples", SourceKind.FILE, "samples/" + name))) {
          if (outcome.id() != null) {
            ids.add(outcome.id()); // accepted now, or enriched on an earlier run
          }
        }
      }
      ingest.flush();
      System.out.println("Ingested the samples: " + ingest.counts());
    }
    return ids;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("Sample " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static Map<String, EnrichedArticle> awaitEnriched(
      LocalStack running, Set<String> ids, Duration timeout) {
    Map<String, Object> props = running.config().kafkaClient();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, EnrichedArticle> found = new LinkedHashMap<>();
    try (KafkaConsumer<String, EnrichedArticle> consumer =
        new KafkaConsumer<>(
            props,
            new StringDeserializer(),
            running.topics().enriched.valueSerde().deserializer())) {
      var partitions =
          consumer.partitionsFor(running.topics().enriched.name()).stream()
              .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!found.keySet().containsAll(ids) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, EnrichedArticle> record :
            consumer.poll(Duration.ofMillis(500))) {
          if (ids.contains(record.key()) && record.value() != null) {
            found.put(record.key(), record.value());
          }
        }
      }
    }
    return found;
  }

  private static void describe(EnrichedArticle a, PrintStream out) {
    out.println();
    out.println("■ " + (a.getHeadline() == null ? a.getId() : a.getHeadline()));
    out.println(
        "  published "
            + a.getPublished()
            + " ("
            + a.getPublishedFrom()
            + "), language "
            + a.getLanguage());
    out.println(
        "  dates     "
            + a.getDates().stream().map(DemoCommand::date).collect(Collectors.joining(", ")));
    out.println(
        "  topics    "
            + a.getTopics().stream().map(DemoCommand::topic).collect(Collectors.joining(", ")));
    out.println(
        "  entities  "
            + a.getEntities().stream().map(DemoCommand::entity).collect(Collectors.joining(", ")));
    out.println("  keywords  " + String.join(", ", a.getKeywords()));
    out.println("  tags      " + String.join(" ", a.getTags()));
  }

  private static String date(TemporalExpression d) {
    return "\"" + d.getText() + "\"=" + d.getValue() + (d.getMod() == null ? "" : "/" + d.getMod());
  }

  private static String topic(Topic t) {
    return t.getLabel() + String.format(" %.2f", t.getScore());
  }

  private static String entity(Entity e) {
    return e.getName()
        + " ("
        + e.getType().name().toLowerCase()
        + (e.getCode() == null ? "" : " " + e.getCode())
        + ")";
  }
}
