package io.wirestream.publish.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.publish.Articles;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RouteTableTest {

  @Test
  void exampleFileAtTheRepositoryRootLoads() {
    Path example = Path.of("..", "config", "routes.example.yaml");
    RouteTable table = RouteTable.load(example, Map.of());
    assertThat(table.routes())
        .extracting(Route::name)
        .containsExactly("all", "conflict-caucasus", "markets-en", "leaders", "archive-2024");
    assertThat(table.route("conflict-caucasus").orElseThrow().jsonTopic())
        .isEqualTo("news.out.conflict-caucasus.json");
    assertThat(table.route("leaders").orElseThrow().webhook().secret()).isEqualTo("change-me");
    assertThat(table.route("archive-2024").orElseThrow().topic()).isEqualTo("news.archive.2024");
    assertThat(table.matching(Articles.conflict("a")))
        .extracting(Route::name)
        .containsExactly("all", "conflict-caucasus", "leaders", "archive-2024");
  }

  @Test
  void routeDefaultsAreTopicNewsOutNameDeleteCleanupAndNoMirror() {
    Route route =
        RouteTable.parse("routes:\n  - name: sport\n", "r.yaml", Map.of()).routes().get(0);
    assertThat(route.topic()).isEqualTo("news.out.sport");
    assertThat(route.jsonTopic()).isNull();
    assertThat(route.webhook()).isNull();
    assertThat(route.compact()).isFalse();
    assertThat(route.predicate().isEverything()).isTrue();
  }

  @Test
  void jsonFilesAreRouteFilesToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("routes.json");
    Files.writeString(
        file,
        "{\"routes\": [{\"name\": \"hook\", \"webhook\": {\"url\": \"http://127.0.0.1:1/x\", \"secret\": \"k\"}}]}");
    Webhook hook = RouteTable.load(file, Map.of()).routes().get(0).webhook();
    assertThat(hook.url()).isEqualTo(URI.create("http://127.0.0.1:1/x"));
    assertThat(hook.toString()).doesNotContain("k]").contains("signed");
  }

  @Test
  void webhookSecretCanComeFromTheEnvironment() {
    Route route =
        RouteTable.parse(
                "routes: [{name: a, webhook: {url: 'http://127.0.0.1/h', secretEnv: HOOK_KEY}}]",
                "r",
                Map.of("HOOK_KEY", "from-env"))
            .routes()
            .get(0);
    assertThat(route.webhook().secret()).isEqualTo("from-env");
  }

  @Test
  void suffixAppliesToEveryRouteTopicAndMirror() {
    RouteTable table =
        RouteTable.parse("routes: [{name: a, json: true}, {name: b, topic: x.y}]", "r", Map.of())
            .withTopicSuffix("blue");
    assertThat(table.routes())
        .extracting(Route::topic)
        .containsExactly("news.out.a.blue", "x.y.blue");
    assertThat(table.routes().get(0).jsonTopic()).isEqualTo("news.out.a.json.blue");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("", "expected a top-level 'routes:' list"),
        Arguments.of("routes: {name: a}", "routes: expected a list of routes"),
        Arguments.of("routes: [{match: {}}]", "routes[0]: 'name' must be"),
        Arguments.of("routes: [{name: Big}]", "got 'Big'"),
        Arguments.of("routes: [{name: a}, {name: a}]", "routes[1]: route name 'a' is used twice"),
        Arguments.of("routes: [{name: a, tpoic: x}]", "routes[0] \"a\": unknown key 'tpoic'"),
        Arguments.of(
            "routes: [{name: a, match: {place: [AZ]}}]",
            "routes[0] \"a\": match: unknown key 'place'"),
        Arguments.of(
            "routes: [{name: a, match: {places: {some: [AZ]}}}]",
            "match.places: unknown key 'some'"),
        Arguments.of(
            "routes: [{name: a, match: {places: []}}]", "match.places: expected non-empty values"),
        Arguments.of(
            "routes: [{name: a, match: {combine: either}}]", "match.combine: expected all or any"),
        Arguments.of(
            "routes: [{name: a, match: {published: {from: yesterday}}}]",
            "match.published.from: expected an ISO-8601"),
        Arguments.of(
            "routes: [{name: a, match: {published: {from: 2025-01-01, to: 2024-01-01}}}]",
            "published window is empty"),
        Arguments.of(
            "routes: [{name: a, cleanup: forever}]", "cleanup: expected delete or compact"),
        Arguments.of("routes: [{name: a, topic: 'bad topic'}]", "is not a legal Kafka topic name"),
        Arguments.of(
            "routes: [{name: a}, {name: b, topic: news.out.a}]",
            "topic news.out.a is used by another route"),
        Arguments.of(
            "routes: [{name: a, webhook: ftp://x/y}]", "expected an http:// or https:// URL"),
        Arguments.of(
            "routes: [{name: a, webhook: {url: 'http://h/x', secretEnv: NOPE}}]",
            "environment variable NOPE is not set"),
        Arguments.of("routes: [{name: a, json: yes please}]", "json: expected true or false"),
        Arguments.of("routes: [{name: a\n  - b", "not valid YAML"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mistakes")
  void mistakesAreReportedWithFileAndPlace(String content, String message) {
    assertThatThrownBy(() -> RouteTable.parse(content, "routes.yaml", Map.of()))
        .isInstanceOf(RouteConfigException.class)
        .hasMessageStartingWith("routes.yaml")
        .hasMessageContaining(message);
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> RouteTable.load(Path.of("no/such/routes.yaml"), Map.of()))
        .hasMessageContaining("Cannot read route file no/such/routes.yaml");
  }

  @Test
  void queryParametersUseTheSameLanguage() {
    ArticlePredicate p =
        PredicateQuery.parse(
            Map.of(
                "place",
                List.of("az", "fr"),
                "q",
                List.of("ceasefire"),
                "route",
                List.of("ignored")));
    assertThat(p.test(Articles.conflict("a"))).isTrue();
    assertThat(p.test(Articles.markets("b"))).isFalse();
    assertThat(
            PredicateQuery.parse(Map.of("lang", List.of("fr"), "from", List.of("2025-01-01")))
                .test(Articles.markets("b")))
        .isTrue();
    assertThatThrownBy(() -> PredicateQuery.parse(Map.of("colour", List.of("red"))))
        .hasMessageContaining("unknown filter 'colour'");
  }
}
