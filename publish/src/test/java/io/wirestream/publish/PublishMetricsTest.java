package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text on {@code /metrics}, in the Prometheus exposition format. */
class PublishMetricsTest {

  private final PublishMetrics metrics = new PublishMetrics();

  private List<String> lines() {
    return Arrays.asList(metrics.prometheus().split("\n"));
  }

  @Test
  void everyFamilyHasHelpAndTypeAndASnakeCaseWirestreamName() {
    for (String line : lines()) {
      String name = line.startsWith("# ") ? line.split(" ")[2] : line.split("[{ ]")[0];
      assertThat(name).matches("wirestream_publish_[a-z0-9_]+");
    }
    assertThat(lines())
        .contains(
            "# TYPE wirestream_publish_records_in_total counter",
            "# TYPE wirestream_publish_consumer_lag_records gauge",
            "# TYPE wirestream_publish_enrichment_latency_seconds histogram");
  }

  @Test
  void countersCarryTheirRouteOrReaderLabel() {
    metrics.routed("conflict");
    metrics.routed("conflict");
    metrics.routed("caucasus");
    metrics.unreadableSkipped("live");
    metrics.registryWait("webhooks");

    assertThat(lines())
        .containsSubsequence(
            "wirestream_publish_records_out_total{route=\"caucasus\"} 1",
            "wirestream_publish_records_out_total{route=\"conflict\"} 2")
        .contains(
            "wirestream_publish_unreadable_skipped_total{reader=\"live\"} 1",
            "wirestream_publish_registry_waits_total{reader=\"webhooks\"} 1");
  }

  @Test
  void lagIsAGaugePerGroupTopicAndPartition() {
    metrics.lagSource(
        "wirestream-publish",
        new PublishMetrics.LagSource("news.enriched", () -> Map.of(1, 4L, 0, 0L)));
    metrics.lagSource(
        "wirestream-webhooks",
        new PublishMetrics.LagSource(
            "news.enriched",
            () -> {
              throw new IllegalStateException("client closed");
            }));

    assertThat(lines())
        .containsSubsequence(
            "wirestream_publish_consumer_lag_records{group=\"wirestream-publish\",topic=\"news.enriched\",partition=\"0\"} 0",
            "wirestream_publish_consumer_lag_records{group=\"wirestream-publish\",topic=\"news.enriched\",partition=\"1\"} 4")
        .noneMatch(l -> l.contains("wirestream-webhooks"));
  }

  @ParameterizedTest(name = "{0} ms counts in le={1} and every bucket above")
  @CsvSource({"0, 0.025", "25, 0.025", "26, 0.05", "1000, 1", "1001, 2.5", "899999, 900"})
  void latencyCountsInTheFirstBucketItFits(long millis, String bucket) {
    metrics.enrichmentLatencyMillis(millis);
    String prefix = "wirestream_publish_enrichment_latency_seconds_bucket{le=\"";
    for (double bound : LatencyHistogram.ENRICHMENT_BOUNDS) {
      String le = PrometheusText.number(bound);
      String expected = bound >= Double.parseDouble(bucket) ? "1" : "0";
      assertThat(lines()).contains(prefix + le + "\"} " + expected);
    }
    assertThat(lines()).contains(prefix + "+Inf\"} 1");
  }

  @Test
  void latencyBeyondTheLastBoundCountsOnlyInInfAndSumIsInSeconds() {
    metrics.enrichmentLatencyMillis(3_600_000);
    metrics.enrichmentLatencyMillis(1500);

    assertThat(lines())
        .contains(
            "wirestream_publish_enrichment_latency_seconds_bucket{le=\"900\"} 1",
            "wirestream_publish_enrichment_latency_seconds_bucket{le=\"+Inf\"} 2",
            "wirestream_publish_enrichment_latency_seconds_sum 3601.5",
            "wirestream_publish_enrichment_latency_seconds_count 2");
  }

  @Test
  void labelValuesAreEscaped() {
    PrometheusText text = new PrometheusText();
    text.sample("m", "group", "a\"b\\c\nd", 1);
    assertThat(text.toString()).isEqualTo("m{group=\"a\\\"b\\\\c\\nd\"} 1\n");
  }
}
