package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The enrich application, a separate JVM, is killed with SIGKILL mid-run (no shutdown hook, an open
 * transaction left behind) and a new one started: the open transaction is aborted, the new instance
 * resumes from the last committed offsets, and every article is on news.enriched exactly once for a
 * read_committed reader.
 */
class EnrichKillIT {

  static final int ARTICLES = FaultScale.articles(3_000);

  @RegisterExtension static final FaultCluster cluster = new FaultCluster();

  @Test
  void everyArticleIsEnrichedExactlyOnceAfterTheEnricherIsKilled() throws Exception {
    BrokerAndRegistry parts = cluster.parts();
    ChildJvms jvms = cluster.jvms();
    Path dataDir = cluster.dataDir();
    Topics topics = parts.topics(Map.of());
    Map<String, Object> client = parts.config(Map.of()).kafkaClient();
    Process first = jvms.enrich("enrich-1", parts, dataDir.resolve("state-1"));
    try (ArticleFeed feed = new ArticleFeed(client, topics);
        TopicCensus enriched = new TopicCensus(client, topics.enriched.name())) {
      CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> send(feed));

      enriched.awaitKeys(ARTICLES / 4, Duration.ofMinutes(2));
      assertThat(enriched.keys().size())
          .as("enriched before the kill\n" + jvms.logs())
          .isGreaterThanOrEqualTo(ARTICLES / 4)
          .isLessThan(ARTICLES);
      ChildJvms.kill(first);
      jvms.enrich("enrich-2", parts, dataDir.resolve("state-2"));

      producing.get();
      assertThat(feed.failed()).isEmpty();
      enriched.awaitKeys(ARTICLES, FaultScale.patience(ARTICLES));
      Thread.sleep(1_000);
      enriched.drain();

      assertThat(enriched.keys())
          .as("enriched ids\n" + jvms.logs())
          .isEqualTo(ArticleFeed.ids(0, ARTICLES));
      assertThat(enriched.duplicates()).as("ids enriched more than once").isEmpty();
      assertThat(enriched.records()).isEqualTo(ARTICLES);
    }
  }

  private static void send(ArticleFeed feed) {
    try {
      feed.send(0, ARTICLES, 400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
