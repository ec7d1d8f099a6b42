package io.wirestream.registry.store;

import io.wirestream.registry.RegistryConfig;
import io.wirestream.schemas.TopicAdmin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the schemas topic exists and is fit for purpose: one partition (the order of changes
 * is the registry's history) and compacted (only the latest value per key matters).
 */
final class SchemasTopic {

  private static final Logger LOG = LoggerFactory.getLogger(SchemasTopic.class);

  private final RegistryConfig config;
  private final Map<String, Object> adminProps;

  SchemasTopic(RegistryConfig config, Map<String, Object> adminProps) {
    this.config = config;
    this.adminProps = adminProps;
  }

  void ensureExists() {
    String topic = config.topic();
    try (Admin admin = Admin.create(adminProps)) {
      try {
        TopicDescription description =
            admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(config.initTimeoutMs(), TimeUnit.MILLISECONDS)
                .get(topic);
        check(admin, description);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException(
              "Cannot describe the schemas topic " + topic, e.getCause());
        }
        create(admin);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while preparing the schemas topic " + topic, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at "
              + config.bootstrapServers()
              + " did not answer within "
              + config.initTimeoutMs()
              + " ms",
          e);
    }
  }

  private void create(Admin admin) throws InterruptedException, TimeoutException {
    int brokers;
    try {
      brokers =
          admin.describeCluster().nodes().get(config.initTimeoutMs(), TimeUnit.MILLISECONDS).size();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot list the Kafka brokers", e.getCause());
    }
    int replication = Math.min(config.replicationFactor(), Math.max(1, brokers));
    if (replication < config.replicationFactor()) {
      LOG.warn(
          "Only {} broker(s): creating {} with replication factor {} instead of {}",
          brokers,
          config.topic(),
          replication,
          config.replicationFactor());
    }
    NewTopic topic =
        new NewTopic(config.topic(), 1, (short) replication)
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    try {
      admin.createTopics(List.of(topic)).all().get(config.initTimeoutMs(), TimeUnit.MILLISECONDS);
      TopicAdmin.awaitLeaders(admin, List.of(topic));
      LOG.info("Created the schemas topic {}", config.topic());
    } catch (ExecutionException e) {
      // Another registry instance created it first: that is fine.
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(
            "Cannot create the schemas topic " + config.topic(), e.getCause());
      }
    }
  }

  private void check(Admin admin, TopicDescription description)
      throws InterruptedException, TimeoutException {
    if (description.partitions().size() != 1) {
      throw new IllegalStateException(
          "The schemas topic "
              + config.topic()
              + " has "
              + description.partitions().size()
              + " partitions; it must have exactly 1");
    }
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, config.topic());
    try {
      Config topicConfig =
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get(config.initTimeoutMs(), TimeUnit.MILLISECONDS)
              .get(resource);
      String policy = topicConfig.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
      if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
        LOG.warn(
            "The schemas topic {} has cleanup.policy={}; it should be compact, or schemas"
                + " will be lost when old segments are deleted",
            config.topic(),
            policy);
      }
    } catch (ExecutionException e) {
      LOG.warn(
          "Cannot check the cleanup policy of {}: {}", config.topic(), e.getCause().getMessage());
    }
  }
}
