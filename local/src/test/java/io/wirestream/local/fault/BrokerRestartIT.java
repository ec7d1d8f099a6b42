package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker stops and starts again (same data, same ports) while articles are produced and
 * enriched: the producer and the exactly-once enrich application ride it out, and every article is
 * on news.enriched exactly once.
 */
class BrokerRestartIT {

  static final int ARTICLES = FaultScale.articles(3_000);

  @RegisterExtension static final FaultCluster cluster = new FaultCluster();
  static EnrichService enrich;

  @BeforeAll
  static void start() {
    BrokerAndRegistry parts = cluster.parts();
    ServiceConfig config =
        parts.config(Map.of("streams.state.dir", cluster.dataDir().resolve("streams").toString()));
    enrich = new EnrichService(config, parts.topics(Map.of()), Enricher.standard());
    enrich.start();
  }

  @AfterAll
  static void stop() {
    if (enrich != null) {
      enrich.close();
    }
  }

  @Test
  void everyArticleIsEnrichedExactlyOnceAcrossABrokerRestart() throws Exception {
    BrokerAndRegistry parts = cluster.parts();
    Topics topics = parts.topics(Map.of());
    Map<String, Object> client = parts.config(Map.of()).kafkaClient();
    try (ArticleFeed feed = new ArticleFeed(client, topics)) {
      CompletableFuture<Void> producing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  feed.send(0, ARTICLES, 1_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      awaitAcknowledged(feed, ARTICLES / 3);

      parts.stopBroker();
      Thread.sleep(2_000);
      parts.startBroker();

      producing.get();
      assertThat(feed.failed()).as("sends that failed").isEmpty();
      assertThat(feed.acknowledged()).isEqualTo(ArticleFeed.ids(0, ARTICLES));
    }

    Set<String> expected = ArticleFeed.ids(0, ARTICLES);
    try (TopicCensus raw =
            new TopicCensus(client, topics.raw.name())
                .awaitKeys(ARTICLES, FaultScale.patience(ARTICLES));
        TopicCensus enriched =
            new TopicCensus(client, topics.enriched.name())
                .awaitKeys(ARTICLES, FaultScale.patience(ARTICLES))) {
      assertThat(raw.duplicates()).as("ids written twice to news.raw").isEmpty();
      assertThat(raw.records()).isEqualTo(ARTICLES);
      assertThat(enriched.keys()).isEqualTo(expected);
      assertThat(enriched.duplicates()).as("ids enriched more than once").isEmpty();
      assertThat(enriched.records()).isEqualTo(raw.records());
    }
  }

  static void awaitAcknowledged(ArticleFeed feed, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (feed.acknowledgedCount() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(feed.acknowledgedCount()).isGreaterThanOrEqualTo(count);
  }
}
