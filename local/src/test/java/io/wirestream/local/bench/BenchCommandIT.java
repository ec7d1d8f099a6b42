package io.wirestream.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.local.cli.Wirestream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wirestream bench} on a tiny run writes every figure the JSON report promises (values not
 * judged).
 */
class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void tinyRunWritesEveryFigureToTheJsonReport() throws Exception {
    Path json = dir.resolve("bench.json");
    int exit =
        Wirestream.commandLine()
            .execute(
                "bench",
                "--articles",
                "60",
                "--rate",
                "40",
                "--seconds",
                "1",
                "--data-dir",
                dir.resolve("stack").toString(),
                "--json",
                json.toString());
    assertThat(exit).isZero();

    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.at("/setup/articles").asInt()).isEqualTo(60);
    for (String stage :
        new String[] {
          "/stages/ingestParseClean",
          "/stages/enricher",
          "/stages/taggers/language",
          "/stages/taggers/dates",
          "/stages/taggers/topics",
          "/stages/taggers/entities",
          "/stages/taggers/keywords",
          "/stages/routing",
          "/endToEnd/saturation",
          "/passThrough",
          "/replay"
        }) {
      assertThat(figures.at(stage + "/recordsPerSecond").isNumber()).as(stage).isTrue();
      assertThat(figures.at(stage + "/mbPerSecond").isNumber()).as(stage).isTrue();
    }
    for (String latency :
        new String[] {
          "/endToEnd/fixedRate/latencyToAppendMs",
          "/endToEnd/fixedRate/latencyToVisibleMs",
          "/endToEnd/saturation/latencyToAppendMs"
        }) {
      assertThat(figures.at(latency + "/samples").asInt()).as(latency).isPositive();
      for (String p : new String[] {"p50", "p95", "p99", "max"}) {
        assertThat(figures.at(latency + "/" + p).isNumber()).as(latency + " " + p).isTrue();
      }
    }
    assertThat(figures.at("/stages/routing/routes").asInt()).isEqualTo(8);
    assertThat(figures.at("/stages/routing/matchesPerArticle").asDouble())
        .as("every article takes the 'all' route")
        .isGreaterThanOrEqualTo(1.0);
    assertThat(figures.at("/endToEnd/fixedRate/articles").asInt()).isEqualTo(40);
    assertThat(figures.at("/endToEnd/saturation/articles").asInt()).isEqualTo(60);
    assertThat(figures.at("/replay/extrapolatedSecondsFor1M").isNumber()).isTrue();
    assertThat(figures.at("/ratios/replayOverPassThrough").isNumber()).isTrue();
    assertThat(figures.at("/ratios/endToEndOverPassThrough").isNumber()).isTrue();
    assertThat(figures.at("/memory/peakRssMb").asDouble()).isPositive();
  }
}
