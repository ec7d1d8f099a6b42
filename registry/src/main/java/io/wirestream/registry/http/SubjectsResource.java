package io.wirestream.registry.http;

import io.wirestream.registry.SchemaRegistry;
import io.wirestream.registry.SchemaVersion;

/** The {@code /subjects} endpoints: register, look up, list, fetch and delete versions. */
public final class SubjectsResource {

  private final SchemaRegistry registry;

  public SubjectsResource(SchemaRegistry registry) {
    this.registry = registry;
  }

  public void addTo(Router router) {
    router.add(
        "GET",
        "/subjects",
        request -> registry.subjects(request.query("subjectPrefix"), request.flag("deleted")));
    router.add(
        "POST",
        "/subjects/{subject}",
        request ->
            Responses.subjectVersion(
                registry.lookup(
                    request.path("subject"),
                    request.schemaRequest(),
                    request.flag("normalize"),
                    request.flag("deleted"))));
    router.add(
        "DELETE",
        "/subjects/{subject}",
        request -> registry.deleteSubject(request.path("subject"), request.flag("permanent")));
    router.add(
        "GET",
        "/subjects/{subject}/versions",
        request -> registry.versionNumbers(request.path("subject"), request.flag("deleted")));
    router.add(
        "POST",
        "/subjects/{subject}/versions",
        request ->
            Responses.of(
                "id",
                registry.register(
                    request.path("subject"), request.schemaRequest(), request.flag("normalize"))));
    router.add(
        "GET",
        "/subjects/{subject}/versions/{version}",
        request -> Responses.subjectVersion(version(request)));
    router.add(
        "GET",
        "/subjects/{subject}/versions/{version}/schema",
        request -> new Router.RawJson(version(request).schema()));
    router.add(
        "DELETE",
        "/subjects/{subject}/versions/{version}",
        request ->
            registry.deleteVersion(
                request.path("subject"), request.path("version"), request.flag("permanent")));
    router.add(
        "GET",
        "/subjects/{subject}/versions/{version}/referencedby",
        request -> registry.referencedBy(request.path("subject"), request.path("version")));
  }

  private SchemaVersion version(RestRequest request) {
    return registry.version(
        request.path("subject"), request.path("version"), request.flag("deleted"));
  }
}
