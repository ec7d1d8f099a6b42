package io.wirestream.local.bench;

import io.wirestream.avro.Entity;
import io.wirestream.enrich.entities.EntityTagger;
import io.wirestream.enrich.entities.LabelledCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to tag one 3 KB news article with the entity tagger (single thread), and to load it. Run
 * with {@code java -cp <local classpath> org.openjdk.jmh.Main EntityTaggerBenchmark}.
 *
 * <p>{@code java -cp wirestream.jar io.wirestream.local.bench.EntityTaggerBenchmark --quick
 * FILE.jsonl[.gz]} instead times a plain loop over many different articles (the bodies of a
 * labelled JSON Lines file joined into 3 KB articles): the JMH article repeats, so every word is in
 * the tagger's per-word caches, which new text does not find there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EntityTaggerBenchmark {

  private static final int ARTICLE_CHARS = 3_000;

  private EntityTagger tagger;
  private String headline;
  private String body;

  @Setup
  public void load() throws IOException {
    tagger = EntityTagger.load();
    try (InputStream in = EntityTaggerBenchmark.class.getResourceAsStream("entity-article.txt")) {
      String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int newline = article.indexOf('\n');
      headline = article.substring(0, newline);
      body = article.substring(newline + 1);
    }
  }

  @Benchmark
  public List<Entity> tagArticle() {
    return tagger.tag(headline, body);
  }

  /** Cold start: loading gazetteers and model, once per fork. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(3)
  public EntityTagger loadTagger() {
    return EntityTagger.load();
  }

  /** Development measure without JMH: CPU time and allocation per article over unseen text. */
  public static void main(String[] args) {
    if (args.length != 2 || !args[0].equals("--quick")) {
      System.err.println("usage: EntityTaggerBenchmark --quick FILE.jsonl[.gz] (or run with JMH)");
      System.exit(2);
    }
    List<String> articles = new ArrayList<>();
    StringBuilder article = new StringBuilder();
    for (LabelledCorpus.Item item : LabelledCorpus.read(Path.of(args[1]))) {
      article.append(item.body()).append(' ');
      if (article.length() >= ARTICLE_CHARS) {
        articles.add(article.toString());
        article.setLength(0);
      }
    }
    EntityTagger tagger = EntityTagger.load();
    int half = articles.size() / 2;
    for (int round = 0; round < 2; round++) {
      for (String a : articles.subList(0, half)) {
        tagger.tag("", a); // warm-up on the first half; the second half is timed, unseen
      }
    }
    // CPU time of this thread: on a shared machine the wall clock counts other processes too.
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long bytesStart = threads.getThreadAllocatedBytes(thread);
    long entities = 0;
    List<String> timed = articles.subList(half, articles.size());
    for (String a : timed) {
      entities += tagger.tag("", a).size();
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double kilobytes = (threads.getThreadAllocatedBytes(thread) - bytesStart) / 1024.0;
    System.out.printf(
        Locale.ROOT,
        "%d articles of %d+ chars: %.0f articles per CPU-second, %.0f KB allocated per article"
            + " (%d entities)%n",
        timed.size(),
        ARTICLE_CHARS,
        timed.size() / cpuSeconds,
        kilobytes / timed.size(),
        entities);
  }
}
