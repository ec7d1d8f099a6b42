package io.wirestream.local.bench;

import io.wirestream.enrich.dates.TemporalTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Single-thread throughput of {@link TemporalTagger} on the plain TEXT of a TimeML corpus. One
 * operation tags every document once; {@link #main} converts operations/s into chars/s.
 *
 * <p>Run: {@code java -cp <local classpath> io.wirestream.local.bench.TemporalTaggerBenchmark
 * [CORPUS_DIR]} (or {@code -Dwirestream.bench.corpus=DIR}); {@code --quick} times a plain loop
 * without JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class TemporalTaggerBenchmark {

  /** Where the corpus is looked for when neither a parameter nor the system property names one. */
  public static final String DEFAULT_CORPUS = "../shared/data/timeml/TimeBank";

  public static final String CORPUS_PROPERTY = "wirestream.bench.corpus";

  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Instant REFERENCE = Instant.parse("1998-03-01T12:00:00Z");

  @Param({""})
  public String corpus;

  private List<String> texts;
  private final TemporalTagger tagger = TemporalTagger.standard();

  @Setup
  public void load() {
    texts = loadTexts(corpusPath(corpus));
  }

  @Benchmark
  public void tagCorpus(Blackhole bh) {
    for (String t : texts) {
      bh.consume(tagger.tag(t, "body", REFERENCE));
    }
  }

  static Path corpusPath(String param) {
    String p =
        param != null && !param.isBlank()
            ? param
            : System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS);
    Path dir = Path.of(p);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "benchmark corpus not found: "
              + dir.toAbsolutePath()
              + " (give a directory of *.tml files as argument, @Param corpus or -D"
              + CORPUS_PROPERTY
              + ")");
    }
    return dir;
  }

  /** Plain TEXT of every *.tml file: tags stripped, the common XML entities decoded. */
  static List<String> loadTexts(Path dir) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".tml")).sorted().toList()) {
        Matcher m = TEXT.matcher(Files.readString(f, StandardCharsets.UTF_8));
        if (m.find()) {
          out.add(
              TAG.matcher(m.group(1))
                  .replaceAll("")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&quot;", "\"")
                  .replace("&amp;", "&"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark corpus " + dir, e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no *.tml files with TEXT in " + dir);
    }
    return out;
  }

  static long chars(List<String> texts) {
    return texts.stream().mapToLong(String::length).sum();
  }

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    String dirArg = args.length > (quick ? 1 : 0) ? args[quick ? 1 : 0] : "";
    Path dir = corpusPath(dirArg);
    List<String> texts = loadTexts(dir);
    long chars = chars(texts);
    System.out.printf("corpus %s: %d documents, %d chars%n", dir, texts.size(), chars);
    if (quick) {
      quickLoop(texts, chars);
      return;
    }
    Options opt =
        new OptionsBuilder()
            .include(TemporalTaggerBenchmark.class.getSimpleName())
            .param("corpus", dir.toAbsolutePath().toString())
            .build();
    for (RunResult r : new Runner(opt).run()) {
      double opsPerSecond = r.getPrimaryResult().getScore();
      System.out.printf(
          "temporal tagger, 1 thread: %.0f chars/s (%.2f corpus passes/s)%n",
          opsPerSecond * chars, opsPerSecond);
    }
  }

  /** Development fallback without JMH: a timed loop after a warm-up. */
  private static void quickLoop(List<String> texts, long chars) {
    TemporalTagger tagger = TemporalTagger.standard();
    // CPU time of this thread as well as wall time: on a shared machine the wall clock
    // also counts the time other processes held the core.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      int passes = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        for (String t : texts) {
          sink += tagger.tag(t, "body", REFERENCE).size();
        }
        passes++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          "%s: %.0f chars/s wall, %.0f chars/s per CPU-second (%d passes, %d expressions)%n",
          round < 2 ? "warm-up" : "measured",
          passes * chars / seconds,
          passes * chars / cpuSeconds,
          passes,
          sink);
    }
  }
}
