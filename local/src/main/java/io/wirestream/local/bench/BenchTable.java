package io.wirestream.local.bench;

import java.util.Locale;
import java.util.Map;

/** Renders the benchmark figures as the table {@code wirestream bench} prints. */
final class BenchTable {

  private BenchTable() {}

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> figures) {
    Map<String, Object> setup = (Map<String, Object>) figures.get("setup");
    Map<String, Object> stages = (Map<String, Object>) figures.get("stages");
    Map<String, Object> e2e = (Map<String, Object>) figures.get("endToEnd");
    Map<String, Object> fixed = (Map<String, Object>) e2e.get("fixedRate");
    Map<String, Object> saturation = (Map<String, Object>) e2e.get("saturation");
    Map<String, Object> ratios = (Map<String, Object>) figures.get("ratios");
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Wirestream bench: %s articles, fixed load %s/s for %s s, seed %s, %s CPUs, %s%n%n",
            setup.get("articles"),
            setup.get("offeredPerSecond"),
            setup.get("seconds"),
            setup.get("seed"),
            setup.get("processors"),
            setup.get("enricherVersion")));
    out.append(
        String.format(
            Locale.ROOT,
            "%-44s %12s %10s %26s%n",
            "stage",
            "records/s",
            "MB/s",
            "latency p50/p95/p99 ms"));
    row(
        out,
        "ingest parse+clean (HTML pages, 1 thread)",
        (Map<String, Object>) stages.get("ingestParseClean"),
        null);
    row(out, "enricher (1 thread)", (Map<String, Object>) stages.get("enricher"), null);
    Map<String, Object> taggers = (Map<String, Object>) stages.get("taggers");
    if (taggers != null) {
      for (Map.Entry<String, Object> tagger : taggers.entrySet()) {
        row(out, "  " + tagger.getKey() + " alone", (Map<String, Object>) tagger.getValue(), null);
      }
    }
    if (stages.get("routing") != null) {
      Map<String, Object> routing = (Map<String, Object>) stages.get("routing");
      row(out, "routing (" + routing.get("routes") + " routes, 1 thread)", routing, null);
    }
    Map<String, Object> ingest = (Map<String, Object>) figures.get("ingest");
    if (ingest != null) {
      row(
          out,
          "ingest from a folder to news.raw (MB of pages)",
          (Map<String, Object>) ingest.get("folderIngest"),
          null);
      row(
          out,
          "  bare producer, same articles, same run",
          (Map<String, Object>) ingest.get("rawProducer"),
          null);
    }
    row(
        out,
        "end to end at " + fixed.get("offeredPerSecond") + "/s offered (to append)",
        Map.of("recordsPerSecond", fixed.get("achievedOfferPerSecond"), "mbPerSecond", "-"),
        (Map<String, Object>) fixed.get("latencyToAppendMs"));
    row(
        out,
        "  same, to visible (read_committed)",
        Map.of("recordsPerSecond", "", "mbPerSecond", ""),
        (Map<String, Object>) fixed.get("latencyToVisibleMs"));
    row(
        out,
        "end to end at saturation (to append)",
        saturation,
        (Map<String, Object>) saturation.get("latencyToAppendMs"));
    row(
        out,
        "pass-through Streams baseline (EOS)",
        (Map<String, Object>) figures.get("passThrough"),
        null);
    row(
        out,
        "replay of enrich (fresh application id)",
        (Map<String, Object>) figures.get("replay"),
        null);
    out.append(
        String.format(
            Locale.ROOT,
            "%nreplay / pass-through: %s   end to end / pass-through: %s%n",
            ratios.get("replayOverPassThrough"),
            ratios.get("endToEndOverPassThrough")));
    out.append(
        String.format(
            Locale.ROOT,
            "replay of 1M articles at this rate: %s s   peak RSS: %s MB%n",
            ((Map<String, Object>) figures.get("replay")).get("extrapolatedSecondsFor1M"),
            ((Map<String, Object>) figures.get("memory")).get("peakRssMb")));
    return out.toString();
  }

  private static void row(
      StringBuilder out, String name, Map<String, Object> rate, Map<String, Object> latency) {
    String latencies =
        latency == null
            ? ""
            : latency.get("p50") + " / " + latency.get("p95") + " / " + latency.get("p99");
    out.append(
        String.format(
            Locale.ROOT,
            "%-44s %12s %10s %26s%n",
            name,
            rate.get("recordsPerSecond"),
            rate.get("mbPerSecond"),
            latencies));
  }
}
