package io.wirestream.schemas;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Wirestream's topics with their settings when they are missing; existing ones are left
 * alone. A topic is handed over only once every partition's leader takes writes.
 */
public final class TopicAdmin {

  /** How long a new topic's leaders may take to start serving. */
  private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(60);

  private static final long RETRY_PAUSE_MS = 100;

  private TopicAdmin() {}

  /** Creates whichever of {@code topics} do not exist yet. */
  public static void ensure(Admin admin, List<Topics.TopicDef<?, ?>> topics) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          topics.stream()
              .filter(t -> !existing.contains(t.name()))
              .map(
                  t ->
                      new NewTopic(t.name(), t.partitions(), t.replicationFactor())
                          .configs(t.settings()))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
        awaitLeaders(admin, missing);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(
            "Cannot create topics "
                + topics.stream().map(Topics.TopicDef::name).toList()
                + ": "
                + e.getCause().getMessage(),
            e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    }
  }

  /**
   * Waits until the leader of every partition of {@code created} answers for it. A broker learns of
   * a new topic's leadership a moment after the controller has created it; an idempotent producer
   * that writes in that moment can have its first request refused and a later one accepted, and
   * then every retry of the first is out of sequence until its delivery timeout (KAFKA-15591). A
   * leader that answers a list-offsets request takes produce requests too.
   */
  public static void awaitLeaders(Admin admin, Collection<NewTopic> created)
      throws InterruptedException {
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    for (NewTopic topic : created) {
      for (int p = 0; p < topic.numPartitions(); p++) {
        partitions.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
      }
    }
    List<String> names = created.stream().map(NewTopic::name).toList();
    long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
    Throwable lastRefusal = null;
    while (true) {
      try {
        // Leaders in the metadata first: a list-offsets request for a topic the metadata does
        // not show yet is refused with an error log rather than retried quietly.
        if (led(admin.describeTopics(names).allTopicNames().get(), partitions.size())) {
          admin.listOffsets(partitions).all().get();
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException)) {
          throw new IllegalStateException(
              "The leaders of new topics " + names + " do not answer: " + e.getCause().getMessage(),
              e.getCause());
        }
        lastRefusal = e.getCause();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The new topics " + names + " have no answering leaders after " + LEADER_TIMEOUT,
            lastRefusal);
      }
      Thread.sleep(RETRY_PAUSE_MS);
    }
  }

  private static boolean led(Map<String, TopicDescription> topics, int partitions) {
    int led = 0;
    for (TopicDescription topic : topics.values()) {
      for (TopicPartitionInfo partition : topic.partitions()) {
        if (partition.leader() != null) {
          led++;
        }
      }
    }
    return led >= partitions;
  }
}
