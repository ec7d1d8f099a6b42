package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicModelTrainerTest {

  private static final String POLITICS = "medtop:11000000";
  private static final String ARTS = "medtop:01000000";
  private static final String CONFLICT = "medtop:16000000";
  private static final double NOISY = TopicModelTrainer.NOISY_SECTION_WEIGHT;
  private static final double BODY = TopicModelTrainer.WITH_BODY_WEIGHT;

  /** Section, its mapped subjects, body text, training label, expected weight. */
  static Stream<Arguments> weights() {
    return Stream.of(
        Arguments.of("reliable section, headline only", "POLITICS", POLITICS, "", POLITICS, 1.0),
        Arguments.of(
            "reliable section with a teaser", "POLITICS", POLITICS, "Teaser.", POLITICS, BODY),
        Arguments.of("noisy section keeping its label", "COMEDY", ARTS, "", ARTS, NOISY),
        Arguments.of("noisy section with a teaser", "COMEDY", ARTS, "Teaser.", ARTS, NOISY * BODY),
        Arguments.of(
            "broad section relabelled by strong cues", "WORLD NEWS", POLITICS, "", CONFLICT, 1.0),
        Arguments.of(
            "unmapped section labelled by cues", "U.S. NEWS", "", "Teaser.", CONFLICT, BODY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weights")
  void weighsItemsByLabelTrustAndText(
      String behaviour, String section, String mapped, String body, String label, double weight) {
    LabelledArticle item =
        new LabelledArticle(
            "x", "A headline", body, mapped.isEmpty() ? List.of() : List.of(mapped), section);
    assertThat(TopicModelTrainer.weight(item, label)).isCloseTo(weight, within(1e-12));
  }
}
