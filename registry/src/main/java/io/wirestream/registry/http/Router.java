package io.wirestream.registry.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a method and path to a handler. Paths are templates of literal segments and {@code {name}}
 * parameters; a match fills the parameters with the decoded segments.
 */
public final class Router {

  /** Handles one route; returns a value to write as JSON (or a {@link RawJson}). */
  @FunctionalInterface
  public interface Handler {
    Object handle(RestRequest request);
  }

  /** Text that is already JSON and goes out as-is (a raw schema). */
  public record RawJson(String json) {}

  /** The outcome of routing: a handler with its path parameters, or why there is none. */
  public record Match(Handler handler, Map<String, String> params, boolean pathKnown) {}

  private record Route(String method, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, Handler handler) {
    routes.add(new Route(method, split(template), handler));
    return this;
  }

  /** Finds the route; {@code handler == null} with {@code pathKnown} means wrong method. */
  public Match route(String method, List<String> segments) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> params = match(route.segments(), segments);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (route.method().equals(method)) {
        return new Match(route.handler(), params, true);
      }
    }
    return new Match(null, Map.of(), pathKnown);
  }

  private static Map<String, String> match(String[] template, List<String> segments) {
    if (template.length != segments.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String part = template[i];
      if (part.startsWith("{") && part.endsWith("}")) {
        params.put(part.substring(1, part.length() - 1), segments.get(i));
      } else if (!part.equals(segments.get(i))) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String template) {
    String trimmed = template.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
  }
}
