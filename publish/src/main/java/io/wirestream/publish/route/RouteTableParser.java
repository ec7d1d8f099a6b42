package io.wirestream.publish.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.publish.route.ArticlePredicate.Combine;
import io.wirestream.publish.route.ArticlePredicate.Field;
import io.wirestream.publish.route.ArticlePredicate.Quantifier;
import io.wirestream.publish.route.ArticlePredicate.SetCriterion;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the tree of a route file into routes, checking every key and value so that a mistake is
 * reported with its place ({@code routes[2] "conflict": match.places: ...}) instead of silently
 * routing nothing. See {@code config/routes.example.yaml} for the language.
 */
final class RouteTableParser {

  /** Route names become topic names: Kafka's legal characters, lower case, bounded length. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Set<String> ROUTE_KEYS =
      Set.of("name", "match", "topic", "cleanup", "json", "webhook");
  private static final Set<String> MATCH_KEYS;

  static {
    Set<String> keys = new HashSet<>(Set.of("combine", "text", "published"));
    for (Field f : Field.values()) {
      keys.add(f.key());
    }
    MATCH_KEYS = Set.copyOf(keys);
  }

  private final String origin;
  private final Map<String, String> environment;

  RouteTableParser(String origin, Map<String, String> environment) {
    this.origin = origin;
    this.environment = environment;
  }

  List<Route> routes(JsonNode root) {
    if (root == null || !root.isObject() || !root.has("routes")) {
      throw error("", "expected a top-level 'routes:' list");
    }
    expectKeys(root, Set.of("routes"), "");
    JsonNode list = root.get("routes");
    if (!list.isArray()) {
      throw error("routes", "expected a list of routes");
    }
    List<Route> routes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> topics = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Route route = route(list.get(i), "routes[" + i + "]");
      if (!names.add(route.name())) {
        throw error("routes[" + i + "]", "route name '" + route.name() + "' is used twice");
      }
      if (!topics.add(route.topic())
          || (route.jsonTopic() != null && !topics.add(route.jsonTopic()))) {
        throw error(
            "routes[" + i + "] \"" + route.name() + "\"",
            "topic " + route.topic() + " is used by another route");
      }
      routes.add(route);
    }
    return routes;
  }

  private Route route(JsonNode node, String where) {
    if (!node.isObject()) {
      throw error(where, "expected a route (name, match, topic, ...)");
    }
    String name = text(node, "name", where);
    if (name == null || !NAME.matcher(name).matches()) {
      throw error(
          where,
          "'name' must be lower-case letters, digits, '.', '_' or '-' (it becomes a topic name), got "
              + (name == null ? "nothing" : "'" + name + "'"));
    }
    where = where + " \"" + name + "\"";
    expectKeys(node, ROUTE_KEYS, where);
    ArticlePredicate predicate =
        node.has("match")
            ? predicate(node.get("match"), where + ": match")
            : ArticlePredicate.everything();
    String topic = text(node, "topic", where);
    if (topic == null) {
      topic = Route.defaultTopic(name);
    } else if (!TOPIC.matcher(topic).matches()) {
      throw error(where + ": topic", "'" + topic + "' is not a legal Kafka topic name");
    }
    String cleanup = text(node, "cleanup", where);
    if (cleanup != null && !cleanup.equals("delete") && !cleanup.equals("compact")) {
      throw error(where + ": cleanup", "expected delete or compact, got '" + cleanup + "'");
    }
    boolean json = false;
    if (node.has("json")) {
      if (!node.get("json").isBoolean()) {
        throw error(where + ": json", "expected true or false");
      }
      json = node.get("json").booleanValue();
    }
    Webhook webhook =
        node.has("webhook") ? webhook(node.get("webhook"), where + ": webhook") : null;
    return new Route(
        name,
        predicate,
        topic,
        json ? Route.defaultJsonTopic(topic) : null,
        webhook,
        "compact".equals(cleanup));
  }

  private ArticlePredicate predicate(JsonNode node, String where) {
    if (!node.isObject()) {
      throw error(
          where,
          "expected criteria (tags, topics, places, people, organisations, language, source, text, published)");
    }
    expectKeys(node, MATCH_KEYS, where);
    Combine combine = Combine.ALL;
    String combineText = text(node, "combine", where);
    if (combineText != null) {
      try {
        combine = Combine.valueOf(combineText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(where + ".combine", "expected all or any, got '" + combineText + "'");
      }
    }
    List<SetCriterion> sets = new ArrayList<>();
    for (Field field : Field.values()) {
      if (node.has(field.key())) {
        sets.add(setCriterion(field, node.get(field.key()), where + "." + field.key()));
      }
    }
    List<String> text = node.has("text") ? strings(node.get("text"), where + ".text") : List.of();
    Instant from = null;
    Instant to = null;
    if (node.has("published")) {
      JsonNode window = node.get("published");
      String at = where + ".published";
      if (!window.isObject()) {
        throw error(at, "expected {from: ..., to: ...}");
      }
      expectKeys(window, Set.of("from", "to"), at);
      from = instant(text(window, "from", at), at + ".from");
      to = instant(text(window, "to", at), at + ".to");
    }
    try {
      return new ArticlePredicate(combine, sets, text, from, to);
    } catch (IllegalArgumentException e) {
      throw error(where, e.getMessage());
    }
  }

  private SetCriterion setCriterion(Field field, JsonNode node, String where) {
    if (node.isObject()) {
      expectKeys(node, Set.of("any", "all"), where);
      if (node.size() != 1) {
        throw error(where, "expected exactly one of any: [...] or all: [...]");
      }
      Quantifier quantifier = node.has("all") ? Quantifier.ALL : Quantifier.ANY;
      String key = quantifier == Quantifier.ALL ? "all" : "any";
      return new SetCriterion(
          field, quantifier, Set.copyOf(strings(node.get(key), where + "." + key)));
    }
    return new SetCriterion(field, Quantifier.ANY, Set.copyOf(strings(node, where)));
  }

  /** A string or a non-empty list of strings. */
  private List<String> strings(JsonNode node, String where) {
    List<String> out = new ArrayList<>();
    if (node.isTextual() || node.isNumber()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual() && !item.isNumber()) {
          throw error(
              where,
              "expected a list of strings, found "
                  + item.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        out.add(item.asText());
      }
    } else {
      throw error(where, "expected a string or a list of strings");
    }
    if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
      throw error(where, "expected non-empty values");
    }
    return out;
  }

  private Webhook webhook(JsonNode node, String where) {
    if (node.isTextual()) {
      return new Webhook(url(node.asText(), where), null);
    }
    if (!node.isObject()) {
      throw error(where, "expected a URL or {url: ..., secret: ...}");
    }
    expectKeys(node, Set.of("url", "secret", "secretEnv"), where);
    String url = text(node, "url", where);
    if (url == null) {
      throw error(where, "'url' is required");
    }
    String secret = text(node, "secret", where);
    String secretEnv = text(node, "secretEnv", where);
    if (secret != null && secretEnv != null) {
      throw error(where, "give either secret or secretEnv, not both");
    }
    if (secretEnv != null) {
      secret = environment.get(secretEnv);
      if (secret == null || secret.isEmpty()) {
        throw error(where + ".secretEnv", "environment variable " + secretEnv + " is not set");
      }
    }
    return new Webhook(url(url, where + ".url"), secret);
  }

  private URI url(String text, String where) {
    try {
      URI uri = new URI(text);
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null) {
        throw error(where, "expected an http:// or https:// URL, got '" + text + "'");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw error(where, "'" + text + "' is not a URL: " + e.getMessage());
    }
  }

  private Instant instant(String text, String where) {
    if (text == null) {
      return null;
    }
    try {
      return parseInstant(text);
    } catch (DateTimeParseException e) {
      throw error(
          where,
          "expected an ISO-8601 date or instant (2024-04-24 or 2024-04-24T09:00:00Z), got '"
              + text
              + "'");
    }
  }

  /** An ISO instant, or an ISO date meaning its start in UTC. */
  static Instant parseInstant(String text) {
    String t = text.trim();
    return t.length() == 10
        ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(t);
  }

  private String text(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode() || value.isBoolean()) {
      throw error(where + (where.isEmpty() ? "" : ": ") + key, "expected a single value");
    }
    return value.asText().trim();
  }

  private void expectKeys(JsonNode node, Set<String> allowed, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(
            where,
            "unknown key '"
                + name
                + "' (expected one of "
                + new java.util.TreeSet<>(allowed)
                + ")");
      }
    }
  }

  private RouteConfigException error(String where, String what) {
    return new RouteConfigException(origin + (where.isEmpty() ? "" : ": " + where) + ": " + what);
  }
}
