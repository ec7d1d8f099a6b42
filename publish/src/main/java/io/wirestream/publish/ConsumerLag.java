package io.wirestream.publish;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Reads how far a consumer is behind the end of a topic, per partition, from the Kafka client's own
 * metrics ({@code records-lag} of {@code consumer-fetch-manager-metrics}: the records between the
 * consumer's position and the partition's last stable offset, as of its last fetch). A Streams
 * application's {@code KafkaStreams#metrics()} includes those of its consumers, so this serves both
 * the publish topology and the plain consumers without asking the broker anything.
 */
public final class ConsumerLag {

  static final String GROUP = "consumer-fetch-manager-metrics";
  static final String RECORDS_LAG = "records-lag";

  private ConsumerLag() {}

  /**
   * The lag of each partition of {@code topic} that a consumer in {@code metrics} has fetched,
   * keyed by partition number. A partition the client reports twice (the client publishes the topic
   * tag both as is and with dots turned into underscores; several stream threads during a
   * hand-over) counts with its largest lag; a lag not known yet (NaN) is left out.
   */
  public static Map<Integer, Long> of(Map<MetricName, ? extends Metric> metrics, String topic) {
    String legacyTopicTag = topic.replace('.', '_');
    Map<Integer, Long> lag = new TreeMap<>();
    for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
      MetricName name = e.getKey();
      if (!RECORDS_LAG.equals(name.name()) || !GROUP.equals(name.group())) {
        continue;
      }
      String topicTag = name.tags().get("topic");
      String partitionTag = name.tags().get("partition");
      if (partitionTag == null || !(topic.equals(topicTag) || legacyTopicTag.equals(topicTag))) {
        continue;
      }
      if (!(e.getValue().metricValue() instanceof Number value)
          || Double.isNaN(value.doubleValue())) {
        continue;
      }
      lag.merge(Integer.parseInt(partitionTag), Math.round(value.doubleValue()), Math::max);
    }
    return lag;
  }
}
