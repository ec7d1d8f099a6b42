package io.wirestream.publish.replay;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * What Kafka's streams application reset tool does, as calls: move a Streams application's
 * committed input offsets to the beginning, to a time, or to the end, and delete its internal
 * topics. Only allowed while no instance of the application runs.
 */
public final class StreamsReset {

  private StreamsReset() {}

  /** Fails with a clear message when the group has live members (the application is running). */
  public static void requireInactive(Admin admin, String groupId) {
    try {
      ConsumerGroupDescription group =
          admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
      if (group != null && !group.members().isEmpty()) {
        throw new IllegalStateException(
            "The Streams application '"
                + groupId
                + "' is running ("
                + group.members().size()
                + " member(s)); stop it before an in-place replay, or replay blue/green with --to SUFFIX");
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        throw new IllegalStateException(
            "Cannot describe group " + groupId + ": " + e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /**
   * Sets the group's committed offsets on every partition of {@code topic}: to the first record at
   * or after {@code from} (the end where there is none), or to the beginning when {@code from} is
   * null. Returns the offsets set.
   */
  public static Map<TopicPartition, Long> resetTo(
      Admin admin, String groupId, String topic, Instant from) {
    OffsetSpec spec =
        from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli());
    return commit(admin, groupId, topic, spec);
  }

  /**
   * Sets the group's committed offsets on {@code topic} to its end: nothing read so far is read
   * again.
   */
  public static Map<TopicPartition, Long> resetToEnd(Admin admin, String groupId, String topic) {
    return commit(admin, groupId, topic, OffsetSpec.latest());
  }

  private static Map<TopicPartition, Long> commit(
      Admin admin, String groupId, String topic, OffsetSpec spec) {
    try {
      List<TopicPartition> partitions = partitions(admin, topic);
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(
          tp -> {
            request.put(tp, spec);
            latest.put(tp, OffsetSpec.latest());
          });
      Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(request).all().get();
      Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      Map<TopicPartition, Long> set = new HashMap<>();
      for (TopicPartition tp : partitions) {
        long offset = found.get(tp).offset();
        // No record at or after the time: start at the end, so nothing of that partition is
        // replayed.
        long position = offset < 0 ? ends.get(tp).offset() : offset;
        offsets.put(tp, new OffsetAndMetadata(position));
        set.put(tp, position);
      }
      admin.alterConsumerGroupOffsets(groupId, offsets).all().get();
      return set;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Cannot reset the offsets of "
              + groupId
              + " on "
              + topic
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /**
   * Deletes the application's repartition and changelog topics, if it has any; returns their names.
   */
  public static List<String> deleteInternalTopics(Admin admin, String applicationId) {
    try {
      Set<String> names = admin.listTopics().names().get();
      List<String> internal =
          names.stream()
              .filter(
                  n ->
                      n.startsWith(applicationId + "-")
                          && (n.endsWith("-changelog") || n.endsWith("-repartition")))
              .sorted()
              .toList();
      if (!internal.isEmpty()) {
        admin.deleteTopics(internal).all().get();
      }
      return internal;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Cannot delete the internal topics of "
              + applicationId
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  static List<TopicPartition> partitions(Admin admin, String topic)
      throws ExecutionException, InterruptedException {
    return admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get()
        .get(topic)
        .partitions()
        .stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
  }
}
