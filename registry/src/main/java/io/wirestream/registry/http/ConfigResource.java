package io.wirestream.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compatibility configuration ({@code /config}), compatibility tests ({@code /compatibility}), the
 * read-only {@code /mode} and the root. GET answers {@code compatibilityLevel}, PUT answers {@code
 * compatibility}: Confluent's asymmetry, kept because clients parse both.
 */
public final class ConfigResource {

  private final SchemaRegistry registry;

  public ConfigResource(SchemaRegistry registry) {
    this.registry = registry;
  }

  public void addTo(Router router) {
    router.add("GET", "/", request -> Map.of());
    router.add("GET", "/mode", request -> Responses.of("mode", "READWRITE"));
    router.add("GET", "/mode/{subject}", request -> Responses.of("mode", "READWRITE"));
    router.add("GET", "/config", request -> level(registry.globalLevel()));
    router.add(
        "PUT",
        "/config",
        request -> Responses.of("compatibility", registry.setLevel(null, requestedLevel(request))));
    router.add("DELETE", "/config", request -> level(registry.deleteLevel(null)));
    router.add(
        "GET",
        "/config/{subject}",
        request ->
            level(registry.subjectLevel(request.path("subject"), request.flag("defaultToGlobal"))));
    router.add(
        "PUT",
        "/config/{subject}",
        request ->
            Responses.of(
                "compatibility",
                registry.setLevel(request.path("subject"), requestedLevel(request))));
    router.add(
        "DELETE",
        "/config/{subject}",
        request -> level(registry.deleteLevel(request.path("subject"))));
    router.add(
        "POST",
        "/compatibility/subjects/{subject}/versions/{version}",
        request -> compatibility(request, request.path("version")));
    router.add(
        "POST",
        "/compatibility/subjects/{subject}/versions",
        request -> compatibility(request, null));
  }

  private Object compatibility(RestRequest request, String version) {
    List<String> problems =
        registry.testCompatibility(
            request.path("subject"), version, request.schemaRequest(), request.flag("normalize"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("is_compatible", problems.isEmpty());
    if (request.flag("verbose")) {
      body.put("messages", problems);
    }
    return body;
  }

  private static String requestedLevel(RestRequest request) {
    JsonNode body = request.json();
    JsonNode level =
        body.hasNonNull("compatibility")
            ? body.get("compatibility")
            : body.get("compatibilityLevel");
    return level == null || level.isNull() ? null : level.asText();
  }

  private static Map<String, Object> level(CompatibilityLevel level) {
    return Responses.of("compatibilityLevel", level.name());
  }
}
