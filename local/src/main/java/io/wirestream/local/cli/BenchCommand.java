package io.wirestream.local.cli;

import io.wirestream.local.bench.Benchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream bench}: end-to-end and per-stage figures on the embedded stack. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark Wirestream on an embedded stack in a temporary folder:",
      "per-stage rates (ingest parse+clean, the enricher, each tagger, routing),",
      "end to end at a fixed offered load and at saturation, a pass-through",
      "Streams baseline over the same records, a replay of the enrich topology,",
      "and peak memory. Prints a table; --json writes the figures."
    })
public final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--articles",
      defaultValue = "5000",
      description =
          "Articles in the saturation phase, the stage benchmarks and (with the other phases) the replay (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "Offered load of the fixed-rate phase, articles/s (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Length of the fixed-rate phase in seconds (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--seed",
      defaultValue = "20240424",
      description = "Seed of the article generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the figures as JSON to FILE.")
  Path json;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the embedded stack keeps its data (default: a temporary folder, deleted after).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    Benchmark.Result result = new Benchmark(articles, rate, seconds, seed).run(dataDir);
    System.out.println(result.table());
    if (json != null) {
      result.writeJson(json);
      System.out.println("Figures written to " + json.toAbsolutePath());
    }
    return 0;
  }
}
