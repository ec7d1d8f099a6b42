package io.wirestream.schemas;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Wirestream's topics with their settings when they are missing; existing ones are left
 * alone.
 */
public final class TopicAdmin {

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
}
