package io.wirestream.publish.route;

/**
 * One routing rule: articles satisfying {@code predicate} go to {@code topic} (Avro), to {@code
 * jsonTopic} as plain JSON when set, and to {@code webhook} when set.
 *
 * @param compact whether the route topic is compacted (latest version per article id) rather than
 *     kept for a retention period
 */
public record Route(
    String name,
    ArticlePredicate predicate,
    String topic,
    String jsonTopic,
    Webhook webhook,
    boolean compact) {

  /** The default topic of a route: {@code news.out.<name>}. */
  public static String defaultTopic(String name) {
    return "news.out." + name;
  }

  /** The JSON mirror of a route topic: {@code <topic>.json}. */
  public static String defaultJsonTopic(String topic) {
    return topic + ".json";
  }

  /** This route writing to topics with {@code .<suffix>} appended, for blue/green replays. */
  public Route withTopicSuffix(String suffix) {
    return new Route(
        name,
        predicate,
        topic + "." + suffix,
        jsonTopic == null ? null : jsonTopic + "." + suffix,
        webhook,
        compact);
  }
}
