package io.wirestream.publish.stream;

import io.wirestream.publish.PublishMetrics;
import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;

/**
 * The publish pipeline: {@code news.enriched} → every matching route's topic (Avro), its JSON
 * mirror when the route asks for one, and {@code news.dlq} for records that cannot be read.
 *
 * <p>Built on the Processor API so that one processor can send a record to any number of named
 * sinks, one per route: an article matching three routes is decoded and tested once. The keys
 * (article ids) pass through as the bytes they arrived as; the record timestamp is kept.
 */
public final class PublishTopology {

  static final String SOURCE = "read-enriched";
  static final String ROUTER = "route";
  static final String DLQ_SINK = "write-dlq";

  private PublishTopology() {}

  /** Builds the topology with a private set of counters; a pure function of its arguments. */
  public static Topology build(Topics topics, RouteTable routes) {
    return build(topics, routes, new PublishMetrics());
  }

  /** Builds the topology, counting into {@code metrics}. */
  public static Topology build(Topics topics, RouteTable routes, PublishMetrics metrics) {
    Topology topology = new Topology();
    topology.addSource(
        SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.enriched.name());
    topology.addProcessor(
        ROUTER,
        () ->
            new PublishProcessor(
                topics.enriched.name(),
                topics.enriched.valueSerde().deserializer(),
                routes,
                metrics),
        SOURCE);
    Serializer<Object> avro = erase(topics.enriched.valueSerde().serializer());
    Serializer<Object> json = erase(new JsonMirrorSerializer());
    for (Route route : routes.routes()) {
      topology.addSink(sinkName(route), route.topic(), new ByteArraySerializer(), avro, ROUTER);
      if (route.jsonTopic() != null) {
        topology.addSink(
            mirrorSinkName(route), route.jsonTopic(), new ByteArraySerializer(), json, ROUTER);
      }
    }
    topology.addSink(
        DLQ_SINK,
        topics.dlq.name(),
        new ByteArraySerializer(),
        erase(topics.dlq.valueSerde().serializer()),
        ROUTER);
    return topology;
  }

  /** The topics the routes write to, with their settings, for creation at start-up. */
  public static List<Topics.TopicDef<?, ?>> routeTopics(Topics topics, RouteTable routes) {
    List<Topics.TopicDef<?, ?>> defs = new ArrayList<>();
    for (Route route : routes.routes()) {
      Map<String, String> settings = new HashMap<>();
      settings.put("cleanup.policy", route.compact() ? "compact" : "delete");
      settings.put("max.message.bytes", String.valueOf(Topics.MAX_MESSAGE_BYTES));
      defs.add(
          new Topics.TopicDef<>(
              route.topic(),
              topics.enriched.keySerde(),
              topics.enriched.valueSerde(),
              topics.enriched.partitions(),
              topics.enriched.replicationFactor(),
              Map.copyOf(settings)));
      if (route.jsonTopic() != null) {
        defs.add(
            new Topics.TopicDef<>(
                route.jsonTopic(),
                topics.enriched.keySerde(),
                topics.enriched.valueSerde(),
                topics.enriched.partitions(),
                topics.enriched.replicationFactor(),
                Map.copyOf(settings)));
      }
    }
    return defs;
  }

  static String sinkName(Route route) {
    return "route:" + route.name();
  }

  static String mirrorSinkName(Route route) {
    return "mirror:" + route.name();
  }

  /**
   * Sinks of one processor share its output type; each sink gets only the values its serializer
   * takes.
   */
  @SuppressWarnings("unchecked")
  private static Serializer<Object> erase(Serializer<?> serializer) {
    return (Serializer<Object>) serializer;
  }
}
