package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

/** Lag as the Kafka consumer reports it in its fetch metrics. */
class ConsumerLagTest {

  /** A metric with a fixed value, as a client's registry would hold it. */
  private record Fixed(MetricName metricName, Object metricValue) implements Metric {}

  private final Map<MetricName, Metric> metrics = new HashMap<>();

  private void put(
      String name, String group, String client, String topic, int partition, Object v) {
    MetricName metricName =
        new MetricName(
            name,
            group,
            "",
            Map.of("client-id", client, "topic", topic, "partition", String.valueOf(partition)));
    metrics.put(metricName, new Fixed(metricName, v));
  }

  @Test
  void lagOfEachPartitionOfTheTopicIsReadFromRecordsLag() {
    put("records-lag", ConsumerLag.GROUP, "c1", "news.enriched", 0, 12.0);
    put("records-lag", ConsumerLag.GROUP, "c1", "news.enriched", 2, 0.0);
    put("records-lag-max", ConsumerLag.GROUP, "c1", "news.enriched", 0, 99.0);
    put("records-lag", ConsumerLag.GROUP, "c1", "news.raw", 1, 7.0);
    put("records-lag", "producer-metrics", "c1", "news.enriched", 1, 5.0);

    assertThat(ConsumerLag.of(metrics, "news.enriched"))
        .containsExactly(Map.entry(0, 12L), Map.entry(2, 0L));
  }

  @Test
  void partitionReportedTwiceCountsWithItsLargestLag() {
    // The legacy topic tag (dots as underscores) and a second stream thread during a hand-over.
    put("records-lag", ConsumerLag.GROUP, "c1", "news_enriched", 0, 3.0);
    put("records-lag", ConsumerLag.GROUP, "c1", "news.enriched", 0, 3.0);
    put("records-lag", ConsumerLag.GROUP, "c2", "news.enriched", 0, 8.0);

    assertThat(ConsumerLag.of(metrics, "news.enriched")).containsExactly(Map.entry(0, 8L));
  }

  @Test
  void lagNotKnownYetIsLeftOut() {
    put("records-lag", ConsumerLag.GROUP, "c1", "news.enriched", 0, Double.NaN);
    assertThat(ConsumerLag.of(metrics, "news.enriched")).isEmpty();
  }
}
