package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.stream.EnrichService;
import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two enrich instances (separate JVMs, one application id) share the partitions of news.raw; one is
 * killed with SIGKILL and the other takes over its partitions with nothing lost or duplicated.
 */
class ScaleOutIT {

  static final int ARTICLES = FaultScale.articles(3_000);

  @RegisterExtension static final FaultCluster cluster = new FaultCluster();

  @Test
  void survivorTakesOverTheKilledInstancesPartitions() throws Exception {
    BrokerAndRegistry parts = cluster.parts();
    ChildJvms jvms = cluster.jvms();
    Path dataDir = cluster.dataDir();
    Topics topics = parts.topics(Map.of());
    Map<String, Object> client = parts.config(Map.of()).kafkaClient();
    Process doomed = jvms.enrich("enrich-a", parts, dataDir.resolve("state-a"));
    Process survivor = jvms.enrich("enrich-b", parts, dataDir.resolve("state-b"));
    try (ArticleFeed feed = new ArticleFeed(client, topics);
        TopicCensus enriched = new TopicCensus(client, topics.enriched.name());
        Admin admin = Admin.create(client)) {
      awaitMembers(admin, 2);
      CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> send(feed));

      enriched.awaitKeys(ARTICLES / 4, Duration.ofMinutes(2));
      assertThat(enriched.keys().size()).as("enriched before the kill").isLessThan(ARTICLES);
      ChildJvms.kill(doomed);

      producing.get();
      assertThat(feed.failed()).isEmpty();
      enriched.awaitKeys(ARTICLES, FaultScale.patience(ARTICLES));
      Thread.sleep(1_000);
      enriched.drain();

      assertThat(survivor.isAlive()).isTrue();
      assertThat(enriched.keys())
          .as("enriched ids\n" + jvms.logs())
          .isEqualTo(ArticleFeed.ids(0, ARTICLES));
      assertThat(enriched.duplicates()).as("ids enriched more than once").isEmpty();
      assertThat(enriched.records()).isEqualTo(ARTICLES);
    }
  }

  /**
   * Waits until {@code count} enrich instances own partitions. An instance runs a stream thread per
   * core, each a group member; members of one instance share its client id up to "-StreamThread".
   */
  private void awaitMembers(Admin admin, int count) throws Exception {
    String group = EnrichService.DEFAULT_APPLICATION_ID;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    long owners = 0;
    while (owners < count && System.nanoTime() < deadline) {
      Thread.sleep(250);
      try {
        owners =
            admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                .filter(m -> !m.assignment().topicPartitions().isEmpty())
                .map(m -> m.clientId().replaceFirst("-StreamThread-.*", ""))
                .distinct()
                .count();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof GroupIdNotFoundException)) {
          throw e;
        }
      }
    }
    assertThat(owners)
        .as("instances owning partitions of news.raw\n" + cluster.jvms().logs())
        .isEqualTo(count);
  }

  private static void send(ArticleFeed feed) {
    try {
      feed.send(0, ARTICLES, 400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
