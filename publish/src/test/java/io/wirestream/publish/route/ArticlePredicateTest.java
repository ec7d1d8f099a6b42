package io.wirestream.publish.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.publish.Articles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: a match block, and whether the conflict story and the markets story satisfy it. */
class ArticlePredicateTest {

  static Stream<Arguments> criteria() {
    return Stream.of(
        row("{}", true, true),
        row("{tags: [place:az]}", true, false),
        row("{tags: {all: [place:AZ, place:FR]}}", false, false),
        row("{tags: {all: [place:AZ, place:AM]}}", true, false),
        row("{topics: [medtop:04000000]}", false, true),
        row("{topics: [medtop:16000000, medtop:04000000]}", true, true),
        row("{places: [AZ]}", true, false),
        row("{places: [paris]}", false, true),
        row("{people: [ilham aliyev]}", true, false),
        row("{people: [Aliyev]}", false, false),
        row("{organisations: [Euronext]}", false, true),
        row("{language: fr}", false, true),
        row("{language: fr-fr}", false, true),
        row("{language: [de, en]}", true, false),
        row("{source: [desk wire]}", true, false),
        row("{text: CEASEFIRE}", true, false),
        row("{text: [bourse, nothing]}", false, true),
        row("{text: welcomed the talks}", false, false),
        row("{published: {from: 2025-01-01}}", false, true),
        row("{published: {to: 2024-04-24T09:00:00Z}}", false, false),
        row("{published: {from: 2024-04-24T09:00:00Z, to: 2024-04-25}}", true, false),
        row("{places: [AZ], language: fr}", false, false),
        row("{combine: any, places: [AZ], language: fr}", true, true),
        row("{combine: any, text: [nowhere], published: {from: 2030-01-01}}", false, false));
  }

  private static Arguments row(String match, boolean conflict, boolean markets) {
    return Arguments.of(match, conflict, markets);
  }

  @ParameterizedTest(name = "{0} -> conflict {1}, markets {2}")
  @MethodSource("criteria")
  void matchBlockSelectsTheArticlesItDescribes(String match, boolean conflict, boolean markets) {
    ArticlePredicate predicate =
        RouteTable.parse("routes: [{name: r, match: " + match + "}]", "test.yaml", Map.of())
            .routes()
            .get(0)
            .predicate();
    EnrichedArticle a = Articles.conflict("a");
    EnrichedArticle b = Articles.markets("b");
    assertThat(predicate.test(a)).as("conflict story").isEqualTo(conflict);
    assertThat(predicate.test(b)).as("markets story").isEqualTo(markets);
  }
}
