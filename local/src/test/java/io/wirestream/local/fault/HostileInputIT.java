package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.Stage;
import io.wirestream.ingest.kafka.IngestCounts;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.local.LocalStack;
import io.wirestream.local.bench.ArticleGenerator;
import io.wirestream.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized, empty and hostile files (XXE, billion laughs, binary, broken JSON) in one folder with
 * good ones, through {@code IngestService.ingestPath}: nothing crashes, the counts add up to the
 * items, each rejected item is one dead letter naming its file, and every accepted article is
 * enriched. (HTTP intake does not exist yet; when it does, the same inputs belong in its test.)
 */
class HostileInputIT {

  static final int GOOD_LINES = 40;

  @TempDir static Path dataDir;
  static LocalStack stack;

  @BeforeAll
  static void start() {
    stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir.resolve("stack")));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  /** Writes the input folder; returns the file name of each whole-document rejection expected. */
  static List<String> writeInputs(Path folder) throws Exception {
    Files.createDirectories(folder);
    ArticleGenerator generator = new ArticleGenerator(11L);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < GOOD_LINES; i++) {
      lines.append(generator.jsonLine(i)).append('\n');
    }
    Files.writeString(folder.resolve("good.jsonl"), lines);
    Files.writeString(folder.resolve("page.html"), generator.html(GOOD_LINES));
    // One broken line among good ones: only that line is rejected.
    Files.writeString(
        folder.resolve("mixed.jsonl"),
        generator.jsonLine(GOOD_LINES + 1)
            + "\n{\"id\": \"broken\", \"body\": \n"
            + generator.jsonLine(GOOD_LINES + 2)
            + "\n");

    String paragraph = "The council met again to discuss the harbour. ";
    Files.writeString(
        folder.resolve("oversized.txt"),
        "Twelve megabytes of council minutes\n\n"
            + paragraph.repeat(12 * 1024 * 1024 / paragraph.length() + 1));
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.writeString(
        folder.resolve("xxe.xml"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>Feed</title>
        <item><title>Leak</title><description>&secret;</description><guid>xxe-1</guid></item>
        </channel></rss>
        """);
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int level = 1; level <= 9; level++) {
      laughs
          .append("<!ENTITY lol")
          .append(level)
          .append(" \"")
          .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10))
          .append("\">\n");
    }
    laughs.append(
        "]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>\n");
    Files.writeString(folder.resolve("laughs.xml"), laughs);
    byte[] binary = new byte[64 * 1024];
    SplittableRandom random = new SplittableRandom(99);
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) random.nextInt(256);
    }
    Files.write(folder.resolve("image.bin"), binary);
    return List.of("oversized.txt", "empty.txt", "xxe.xml", "laughs.xml", "image.bin");
  }

  @Test
  void hostileFilesAreRejectedOneDeadLetterEachAndTheRestIsEnriched() throws Exception {
    Path folder = dataDir.resolve("input");
    List<String> rejectedFiles = writeInputs(folder);
    int goodArticles = GOOD_LINES + 1 + 2;
    int items = goodArticles + 1 + rejectedFiles.size();

    Topics topics = stack.topics();
    IngestCounts counts;
    try (IngestService ingest =
        IngestService.connect(stack.config().kafkaClient(), topics, Clock.systemUTC())) {
      ingest.ingestPath(folder);
      ingest.flush();
      counts = ingest.counts();
    }

    assertThat(counts.total()).as(counts.toString()).isEqualTo(items);
    assertThat(counts.accepted() + counts.duplicates() + counts.rejected()).isEqualTo(items);
    assertThat(counts.accepted()).as(counts.toString()).isEqualTo(goodArticles);
    assertThat(counts.rejected()).as(counts.toString()).isEqualTo(rejectedFiles.size() + 1);

    List<DeadLetter> dead =
        DeadLetterReader.read(
            stack.config().kafkaClient(), topics, (int) counts.rejected(), Duration.ofSeconds(30));
    assertThat(dead).hasSize((int) counts.rejected());
    assertThat(dead).allSatisfy(d -> assertThat(d.getStage()).isEqualTo(Stage.INGEST));
    List<String> locations =
        dead.stream()
            .map(d -> Path.of(d.getOrigin().getLocation().toString()).getFileName().toString())
            .toList();
    assertThat(locations).containsExactlyInAnyOrderElementsOf(concat(rejectedFiles, "mixed.jsonl"));
    assertThat(dead)
        .filteredOn(d -> d.getOrigin().getLocation().toString().endsWith("mixed.jsonl"))
        .singleElement()
        .satisfies(d -> assertThat(d.getOrigin().getLine()).isEqualTo(2L));
    assertThat(dead)
        .extracting(d -> d.getErrorMessage().toString())
        .noneMatch(m -> m.contains("root:"));

    Map<String, Object> client = stack.config().kafkaClient();
    try (TopicCensus raw =
            new TopicCensus(client, topics.raw.name())
                .awaitKeys(goodArticles, Duration.ofSeconds(30));
        TopicCensus enriched =
            new TopicCensus(client, topics.enriched.name())
                .awaitKeys(goodArticles, Duration.ofMinutes(2))) {
      assertThat(raw.records()).isEqualTo(goodArticles);
      assertThat(enriched.keys()).isEqualTo(raw.keys());
      assertThat(enriched.duplicates()).isEmpty();
    }
  }

  private static List<String> concat(List<String> list, String extra) {
    List<String> all = new ArrayList<>(list);
    all.add(extra);
    return all;
  }
}
