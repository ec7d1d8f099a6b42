package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicFeaturesTest {

  private static final long PEACE = TopicFeatures.hash("peac");
  private static final long TALK = TopicFeatures.hash("talk");
  private static final long PEACE_TALK = TopicFeatures.pair(PEACE, TALK);

  /** Headline stems, body stems, a feature and its expected damped count. */
  static Stream<Arguments> featureCounts() {
    return Stream.of(
        Arguments.of(
            "headline word is a plain feature", List.of("peac", "talk"), List.of(), PEACE, 1.0),
        Arguments.of(
            "headline word is also a headline-marked feature",
            List.of("peac", "talk"),
            List.of(),
            TopicFeatures.marked(PEACE),
            1.0),
        Arguments.of(
            "adjacent headline words form a pair",
            List.of("peac", "talk"),
            List.of(),
            PEACE_TALK,
            1.0),
        Arguments.of(
            "headline pair is also marked",
            List.of("peac", "talk"),
            List.of(),
            TopicFeatures.marked(PEACE_TALK),
            1.0),
        Arguments.of(
            "repeats within a field are damped",
            List.of("peac", "peac", "peac"),
            List.of(),
            PEACE,
            1.0 + Math.log(3)),
        Arguments.of(
            "a body word adds to the plain headline feature",
            List.of("peac", "talk"),
            List.of("peac"),
            PEACE,
            2.0),
        Arguments.of(
            "a body word leaves the marked headline feature alone",
            List.of("peac", "talk"),
            List.of("peac"),
            TopicFeatures.marked(PEACE),
            1.0),
        Arguments.of(
            "a body-only word is not marked", List.of("war"), List.of("peac"), PEACE, 1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("featureCounts")
  void countsEachFeatureOfTheFields(
      String behaviour, List<String> headline, List<String> body, long feature, double count) {
    TopicFeatures.Bag bag = TopicFeatures.of(headline, body);
    int at = Arrays.binarySearch(bag.keys(), feature);
    assertThat(at).as("feature present").isGreaterThanOrEqualTo(0);
    assertThat(bag.values()[at]).isCloseTo(count, within(1e-9));
  }

  /** Distinct body words after a two-word headline, and the body's expected share of the bag. */
  static Stream<Arguments> bodyLengths() {
    return Stream.of(
        Arguments.of("a short teaser keeps its full weight", 2, 1.0),
        Arguments.of("a body as heavy as the headline keeps its full weight", 3, 1.0),
        Arguments.of("a long body weighs as much as the headline", 40, -1.0),
        Arguments.of("a 3 KB body weighs as much as the headline", 400, -1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyLengths")
  void aLongBodyIsScaledDownToTheHeadlinesWeight(String behaviour, int words, double scale) {
    List<String> headline = List.of("peac", "talk");
    List<String> body = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      body.add("bodyword" + i);
    }
    TopicFeatures.Bag headOnly = TopicFeatures.of(headline, List.of());
    TopicFeatures.Bag bag = TopicFeatures.of(headline, body);
    double headNorm = norm(headOnly.values());
    double bodySquares = 0;
    double rawBodySquares = 2.0 * words - 1; // every word and every adjacent pair once
    for (int i = 0; i < bag.keys().length; i++) {
      if (Arrays.binarySearch(headOnly.keys(), bag.keys()[i]) < 0) {
        bodySquares += bag.values()[i] * bag.values()[i];
      }
    }
    double bodyNorm = Math.sqrt(bodySquares);
    if (scale > 0) {
      assertThat(bodyNorm).isCloseTo(Math.sqrt(rawBodySquares) * scale, within(1e-9));
    } else {
      assertThat(bodyNorm)
          .isCloseTo(TopicFeatures.MAX_BODY_TO_HEADLINE * headNorm, within(1e-9))
          .isLessThan(Math.sqrt(rawBodySquares));
    }
  }

  private static double norm(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }
}
