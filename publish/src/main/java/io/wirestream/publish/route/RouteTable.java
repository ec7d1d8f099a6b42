package io.wirestream.publish.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirestream.avro.EnrichedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing rules of the publish service, loaded once from a YAML (or JSON, a subset of YAML)
 * file, in file order. Immutable and thread-safe.
 *
 * <pre>
 * routes:
 *   - name: conflict-caucasus
 *     match:
 *       topics: [medtop:16000000]
 *       places: [AZ, AM]
 *     json: true
 *     webhook: {url: https://example.org/hook, secretEnv: CONFLICT_HOOK_SECRET}
 * </pre>
 */
public final class RouteTable {

  /** The route of the default table: every article to {@code news.out.all}. */
  public static final String DEFAULT_ROUTE = "all";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<Route> routes;

  public RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /**
   * The table used when no route file is given: one compacted route {@code all} to {@code
   * news.out.all}.
   */
  public static RouteTable defaults() {
    return new RouteTable(
        List.of(
            new Route(
                DEFAULT_ROUTE,
                ArticlePredicate.everything(),
                Route.defaultTopic(DEFAULT_ROUTE),
                null,
                null,
                true)));
  }

  /**
   * Loads a route file; webhook {@code secretEnv} names are looked up in the process environment.
   */
  public static RouteTable load(Path file) {
    return load(file, System.getenv());
  }

  public static RouteTable load(Path file, Map<String, String> environment) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RouteConfigException("Cannot read route file " + file + ": " + e.getMessage(), e);
    }
    return parse(content, file.toString(), environment);
  }

  /** Parses route-file content; {@code origin} names it in error messages. */
  public static RouteTable parse(String content, String origin, Map<String, String> environment) {
    JsonNode root;
    try {
      root = YAML.readTree(content);
    } catch (JsonProcessingException e) {
      throw new RouteConfigException(
          origin
              + ": not valid YAML: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"),
          e);
    }
    return new RouteTable(new RouteTableParser(origin, environment).routes(root));
  }

  public List<Route> routes() {
    return routes;
  }

  public Optional<Route> route(String name) {
    return routes.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The routes {@code article} matches, in table order. */
  public List<Route> matching(EnrichedArticle article) {
    List<Route> out = new ArrayList<>(2);
    for (Route route : routes) {
      if (route.predicate().test(article)) {
        out.add(route);
      }
    }
    return out;
  }

  /** This table with every route topic suffixed, for a blue/green replay. */
  public RouteTable withTopicSuffix(String suffix) {
    return new RouteTable(routes.stream().map(r -> r.withTopicSuffix(suffix)).toList());
  }
}
