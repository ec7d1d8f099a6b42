package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wirestream.avro.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {

  private static final String POLITICS = "medtop:11000000";
  private static final String CONFLICT = "medtop:16000000";
  private static final String SPORT = "medtop:15000000";
  private static final String ARMED_CONFLICT = "medtop:20000056";

  private static Topic topic(String qcode, double score) {
    return new Topic(qcode, qcode, score);
  }

  /** A fake tagger: the headline names the answer. */
  private static final Map<String, List<Topic>> ANSWERS =
      Map.of(
          "a", List.of(topic(CONFLICT, 0.9), topic(ARMED_CONFLICT, 0.7), topic(POLITICS, 0.5)),
          "b", List.of(topic(SPORT, 0.8)),
          "c", List.of(topic(POLITICS, 0.6), topic(SPORT, 0.4)),
          "d", List.of());

  @Test
  void computesTopOneAccuracyAndMicroScoresOverLevelOneSets() {
    List<LabelledArticle> items =
        List.of(
            new LabelledArticle(
                "1", "a", "", List.of(CONFLICT, POLITICS)), // top right, 2 of 2 right
            new LabelledArticle("2", "b", "", List.of(POLITICS)), // top wrong, 0 of 1 right
            new LabelledArticle("3", "c", "", List.of(SPORT)), // top wrong, 1 of 2 right
            new LabelledArticle("4", "d", "", List.of(SPORT)), // nothing predicted
            new LabelledArticle("5", "a", "", List.of())); // unlabelled: skipped
    TopicEvaluation.Result result = TopicEvaluation.evaluate(items, (h, b) -> ANSWERS.get(h));
    assertThat(result.items()).isEqualTo(4);
    assertThat(result.top1Accuracy()).isCloseTo(0.25, within(1e-9));
    // level-2 topics are ignored: predicted {C,P}, {S}, {P,S}, {} = 5; correct 2 + 0 + 1 = 3;
    // reference 2+1+1+1 = 5
    assertThat(result.precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(result.recall()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(result.f1()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void noLabelledItemsGivesZeroes() {
    TopicEvaluation.Result result = TopicEvaluation.evaluate(List.of(), (h, b) -> List.of());
    assertThat(result.items()).isZero();
    assertThat(result.f1()).isZero();
  }
}
