package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.serde.AvroSerdeConfig;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema registry is away for a while. A producer that starts while it is down waits in the
 * registry client's retries and sends everything once it is back; an enrich application that starts
 * while it is down, for longer than its client's retry window, fails and retries the affected
 * records (nothing is dead-lettered for an outage) and enriches every one exactly once.
 */
class RegistryOutageIT {

  static final int ARTICLES = FaultScale.articles(2_000);

  @RegisterExtension static final FaultCluster cluster = new FaultCluster();
  static EnrichService enrich;

  @AfterAll
  static void stop() {
    if (enrich != null) {
      enrich.close();
    }
  }

  @Test
  void nothingIsLostWhileTheRegistryIsAway() throws Exception {
    BrokerAndRegistry parts = cluster.parts();
    Map<String, Object> client = parts.config(Map.of()).kafkaClient();
    // Producer side: about 30 s of retries, far longer than the outage.
    Topics patient =
        parts.topics(
            Map.of(
                AvroSerdeConfig.MAX_RETRIES_CONFIG,
                "10",
                AvroSerdeConfig.RETRY_BACKOFF_MS_CONFIG,
                "200"));
    parts.stopRegistry();
    try (ArticleFeed feed = new ArticleFeed(client, patient)) {
      CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> send(feed));
      Thread.sleep(3_000);
      assertThat(feed.acknowledgedCount())
          .as("nothing can be written without a schema id")
          .isZero();
      parts.startRegistry();
      producing.get();
      assertThat(feed.failed()).isEmpty();
      assertThat(feed.acknowledged()).isEqualTo(ArticleFeed.ids(0, ARTICLES));
    }

    // Consumer side: an enricher that has never seen the schema, with a retry window of well under
    // a second, starts while the registry is down for several seconds.
    parts.stopRegistry();
    Map<String, String> impatient =
        Map.of(
            AvroSerdeConfig.MAX_RETRIES_CONFIG,
            "2",
            AvroSerdeConfig.RETRY_BACKOFF_MS_CONFIG,
            "100",
            "streams.state.dir",
            cluster.dataDir().resolve("streams").toString(),
            // A failed stream thread's replacement rejoins the group; let the old member expire
            // quickly.
            "streams.session.timeout.ms",
            "6000",
            "streams.heartbeat.interval.ms",
            "1000");
    enrich =
        new EnrichService(parts.config(impatient), parts.topics(impatient), Enricher.standard());
    enrich.start();
    Thread.sleep(6_000);
    parts.startRegistry();

    Topics topics = parts.topics(Map.of());
    try (TopicCensus enriched =
            new TopicCensus(client, topics.enriched.name())
                .awaitKeys(ARTICLES, FaultScale.patience(ARTICLES));
        TopicCensus dlq = new TopicCensus(client, topics.dlq.name()).drain()) {
      assertThat(dlq.records()).as("dead letters written during the outage").isZero();
      assertThat(enriched.keys()).isEqualTo(ArticleFeed.ids(0, ARTICLES));
      assertThat(enriched.duplicates()).isEmpty();
      assertThat(enriched.records()).isEqualTo(ARTICLES);
    }
  }

  private static void send(ArticleFeed feed) {
    try {
      feed.send(0, ARTICLES, 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
