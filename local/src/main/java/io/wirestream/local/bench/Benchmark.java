package io.wirestream.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wirestream.enrich.Enricher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@code wirestream bench} runs: the stage benchmarks, then the end-to-end phases on an
 * embedded stack, gathered into one {@link Result} (a human table and a JSON document).
 */
public final class Benchmark {

  private final int articles;
  private final int rate;
  private final int seconds;
  private final long seed;

  public Benchmark(int articles, int rate, int seconds, long seed) {
    if (articles < 1 || rate < 1 || seconds < 1) {
      throw new IllegalArgumentException("--articles, --rate and --seconds must be positive");
    }
    this.articles = articles;
    this.rate = rate;
    this.seconds = seconds;
    this.seed = seed;
  }

  /**
   * Runs everything; the stack lives in {@code dataDir}, or in a temporary folder removed after.
   */
  public Result run(Path dataDir) throws Exception {
    ArticleGenerator generator = new ArticleGenerator(seed);
    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("articles", articles);
    setup.put("offeredPerSecond", rate);
    setup.put("seconds", seconds);
    setup.put("seed", seed);
    setup.put("processors", Runtime.getRuntime().availableProcessors());
    setup.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    setup.put("java", System.getProperty("java.version"));
    setup.put("enricherVersion", Enricher.VERSION);
    figures.put("setup", setup);

    StageBench stages = new StageBench(generator, articles);
    Map<String, Object> stageFigures = new LinkedHashMap<>();
    stageFigures.put("ingestParseClean", stages.ingestParse());
    stageFigures.put("enricher", stages.enricher());
    stageFigures.put("taggers", stages.taggers());
    stageFigures.put("routing", stages.routing());
    figures.put("stages", stageFigures);

    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("wirestream-bench");
    try (EndToEndBench endToEnd = new EndToEndBench(dir, generator)) {
      Map<String, Object> e2e = endToEnd.run(articles, rate, seconds);
      Map<String, Object> endToEndFigures = new LinkedHashMap<>();
      endToEndFigures.put("fixedRate", e2e.get("fixedRate"));
      endToEndFigures.put("saturation", e2e.get("saturation"));
      figures.put("endToEnd", endToEndFigures);
      figures.put("passThrough", e2e.get("passThrough"));
      figures.put("replay", e2e.get("replay"));
      Map<String, Object> ratios = new LinkedHashMap<>();
      double passThrough = rateOf(e2e.get("passThrough"));
      ratios.put(
          "replayOverPassThrough", StageBench.round(rateOf(e2e.get("replay")) / passThrough));
      ratios.put(
          "endToEndOverPassThrough", StageBench.round(rateOf(e2e.get("saturation")) / passThrough));
      figures.put("ratios", ratios);
      figures.put("memory", Map.of("peakRssMb", e2e.get("peakRssMb")));
      figures.put("ingest", endToEnd.folderIngest(dir.resolve("bench-folder"), articles));
    } finally {
      if (dataDir == null) {
        deleteQuietly(dir);
      }
    }
    return new Result(figures);
  }

  @SuppressWarnings("unchecked")
  private static double rateOf(Object figures) {
    return ((Number) ((Map<String, Object>) figures).get("recordsPerSecond")).doubleValue();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  /** The figures of one run. */
  public record Result(Map<String, Object> figures) {

    private static final ObjectMapper JSON =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String json() {
      try {
        return JSON.writeValueAsString(figures);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void writeJson(Path file) throws IOException {
      Files.writeString(file, json() + "\n");
    }

    /** The human table. */
    public String table() {
      return BenchTable.render(figures);
    }
  }
}
