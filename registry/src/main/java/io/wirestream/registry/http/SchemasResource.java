package io.wirestream.registry.http;

import io.wirestream.registry.RegistryException;
import io.wirestream.registry.SchemaRegistry;
import io.wirestream.registry.SchemaVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code /schemas} endpoints: schemas by global id, the ids' users, supported types. */
public final class SchemasResource {

  private final SchemaRegistry registry;

  public SchemasResource(SchemaRegistry registry) {
    this.registry = registry;
  }

  public void addTo(Router router) {
    router.add("GET", "/schemas/types", request -> List.of(SchemaVersion.AVRO));
    router.add("GET", "/schemas", this::list);
    router.add(
        "GET", "/schemas/ids/{id}", request -> Responses.schema(registry.schemaById(id(request))));
    router.add(
        "GET",
        "/schemas/ids/{id}/schema",
        request -> new Router.RawJson(registry.schemaById(id(request)).schema()));
    router.add(
        "GET",
        "/schemas/ids/{id}/versions",
        request -> {
          List<Map<String, Object>> pairs = new ArrayList<>();
          for (SchemaVersion version :
              registry.versionsWithId(id(request), request.flag("deleted"))) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("subject", version.subject());
            pair.put("version", version.version());
            pairs.add(pair);
          }
          return pairs;
        });
    router.add(
        "GET",
        "/schemas/ids/{id}/subjects",
        request -> {
          Set<String> subjects = new LinkedHashSet<>();
          for (SchemaVersion version :
              registry.versionsWithId(id(request), request.flag("deleted"))) {
            subjects.add(version.subject());
          }
          return subjects;
        });
  }

  /** {@code GET /schemas}: every version, optionally by subject prefix and latest only. */
  private Object list(RestRequest request) {
    boolean deleted = request.flag("deleted");
    List<Map<String, Object>> result = new ArrayList<>();
    for (String subject : registry.subjects(request.query("subjectPrefix"), deleted)) {
      List<Integer> numbers = registry.versionNumbers(subject, deleted);
      List<Integer> wanted =
          request.flag("latestOnly")
              ? numbers.subList(numbers.size() - 1, numbers.size())
              : numbers;
      for (int number : wanted) {
        result.add(
            Responses.subjectVersion(registry.version(subject, Integer.toString(number), deleted)));
      }
    }
    return result;
  }

  private static int id(RestRequest request) {
    try {
      return Integer.parseInt(request.path("id"));
    } catch (NumberFormatException e) {
      throw new RegistryException(404, 404, "HTTP 404 Not Found");
    }
  }
}
