package io.wirestream.publish.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Stage;
import io.wirestream.publish.Articles;
import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.json.AvroJson;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishTopologyTest {

  private static final Map<String, String> CONFIG =
      Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://publish-topology");
  private static final String ROUTES =
      """
      routes:
        - name: conflict
          match: {topics: [medtop:16000000]}
          json: true
        - name: caucasus
          match: {places: [AZ, AM, GE]}
        - name: french
          match: {language: fr}
          topic: news.fr
      """;

  private final PublishMetrics metrics = new PublishMetrics();
  private TopologyTestDriver driver;
  private Topics topics;
  private TestInputTopic<String, EnrichedArticle> enriched;
  private TestInputTopic<String, byte[]> enrichedBytes;

  @BeforeEach
  void start() {
    topics = Topics.from(CONFIG, SchemaRegistryClient.fromConfig(CONFIG));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "publish-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    RouteTable routes = RouteTable.parse(ROUTES, "test", Map.of());
    driver =
        new TopologyTestDriver(
            PublishTopology.build(topics, routes, metrics), props, java.time.Instant.EPOCH);
    enriched =
        driver.createInputTopic(
            topics.enriched.name(),
            Serdes.String().serializer(),
            topics.enriched.valueSerde().serializer());
    enrichedBytes =
        driver.createInputTopic(
            topics.enriched.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private TestOutputTopic<String, EnrichedArticle> out(String topic) {
    return driver.createOutputTopic(
        topic, Serdes.String().deserializer(), topics.enriched.valueSerde().deserializer());
  }

  @Test
  void articleGoesToEveryRouteItMatchesAndNoOther() {
    enriched.pipeInput("a", Articles.conflict("a"));
    enriched.pipeInput("b", Articles.markets("b"));

    assertThat(out("news.out.conflict").readKeyValuesToMap()).containsOnlyKeys("a");
    assertThat(out("news.out.caucasus").readKeyValuesToMap()).containsOnlyKeys("a");
    assertThat(out("news.fr").readKeyValuesToMap()).containsOnlyKeys("b");
    assertThat(metrics.routedCount("conflict")).isEqualTo(1);
    assertThat(metrics.unmatchedCount()).isZero();
  }

  @Test
  void routedValueIsTheArticleUnchanged() {
    EnrichedArticle article = Articles.conflict("a");
    enriched.pipeInput("a", article);
    assertThat(out("news.out.conflict").readValue()).isEqualTo(article);
  }

  @Test
  void jsonMirrorCarriesTheSharedJsonShape() {
    EnrichedArticle article = Articles.conflict("a");
    enriched.pipeInput("a", article);
    TestOutputTopic<String, String> mirror =
        driver.createOutputTopic(
            "news.out.conflict.json",
            Serdes.String().deserializer(),
            Serdes.String().deserializer());
    assertThat(mirror.readKeyValue().value).isEqualTo(AvroJson.toJson(article));
  }

  @Test
  void articleMatchingNoRouteIsCountedAndWrittenNowhere() {
    enriched.pipeInput("x", Articles.base("x").build());
    assertThat(metrics.unmatchedCount()).isEqualTo(1);
    assertThat(metrics.recordsIn()).isEqualTo(1);
    assertThat(out("news.out.conflict").isEmpty()).isTrue();
    assertThat(out("news.fr").isEmpty()).isTrue();
  }

  @Test
  void unreadableRecordBecomesADeadLetterWithItsPosition() {
    enrichedBytes.pipeInput("bad", new byte[] {7, 7, 7});
    TestOutputTopic<byte[], DeadLetter> dlq =
        driver.createOutputTopic(
            topics.dlq.name(),
            Serdes.ByteArray().deserializer(),
            topics.dlq.valueSerde().deserializer());
    DeadLetter dead = dlq.readValue();
    assertThat(dead.getStage()).isEqualTo(Stage.PUBLISH);
    assertThat(dead.getOrigin().getTopic()).isEqualTo(topics.enriched.name());
    assertThat(dead.getOrigin().getOffset()).isZero();
    assertThat(metrics.deadLetterCount()).isEqualTo(1);
    enriched.pipeInput("a", Articles.conflict("a"));
    assertThat(out("news.out.conflict").readKeyValuesToMap()).containsOnlyKeys("a");
  }

  @Test
  void enrichmentLatencyIsTheWallClockAtRoutingLessTheReceivedTime() {
    // received 09:00:01, routed 09:00:03.5 by the driver's wall clock.
    driver.advanceWallClockTime(
        java.time.Duration.between(
            java.time.Instant.ofEpochMilli(0),
            java.time.Instant.parse("2024-04-24T09:00:03.500Z")));
    enriched.pipeInput("a", Articles.conflict("a"));

    assertThat(metrics.enrichmentLatencyCount()).isEqualTo(1);
    assertThat(metrics.prometheus())
        .contains("wirestream_publish_enrichment_latency_seconds_bucket{le=\"1\"} 0\n")
        .contains("wirestream_publish_enrichment_latency_seconds_bucket{le=\"2.5\"} 1\n")
        .contains("wirestream_publish_enrichment_latency_seconds_sum 2.5\n");
  }

  @Test
  void tombstoneReachesEveryRoute() {
    enriched.pipeInput("a", (EnrichedArticle) null);
    assertThat(out("news.out.caucasus").readKeyValue().value).isNull();
    assertThat(out("news.fr").readKeyValue().value).isNull();
  }

  @Test
  void routeTopicsFollowTheRouteCleanupPolicy() {
    RouteTable routes =
        RouteTable.parse(
            "routes: [{name: a, cleanup: compact, json: true}, {name: b}]", "t", Map.of());
    assertThat(PublishTopology.routeTopics(topics, routes))
        .extracting(d -> d.name() + "=" + d.settings().get("cleanup.policy"))
        .containsExactly("news.out.a=compact", "news.out.a.json=compact", "news.out.b=delete");
  }
}
