package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

  private static final EntityTagger TAGGER = EntityTagger.load();

  private static LabelledCorpus.GoldMention gold(String body, String text, String type) {
    int begin = body.indexOf(text);
    return new LabelledCorpus.GoldMention(begin, begin + text.length(), type, text);
  }

  @Test
  void comparesTypeAndTextSetsPerDocumentAsLabelled() {
    String body =
        "President Vladimir Putin visited Paris . Putin met Paris officials and Gazprom Neft managers .";
    LabelledCorpus.Item item =
        new LabelledCorpus.Item(
            "doc-1",
            "",
            body,
            List.of(
                gold(body, "President Vladimir Putin", "PERSON"),
                gold(body, "Paris", "PLACE"),
                gold(body, "Xyzzy", "ORGANISATION")));

    EntityEvaluation.Report report = new EntityEvaluation(null).evaluate(List.of(item), TAGGER);

    assertThat(report.byType().get("PERSON").truePositives()).isEqualTo(1);
    assertThat(report.byType().get("PLACE")).isEqualTo(new EntityEvaluation.Score(1, 0, 0));
    assertThat(report.byType().get("ORGANISATION").falseNegatives()).isEqualTo(1);
  }

  @Test
  void goldIsTakenAsLabelledLessTheExcludedTexts() {
    String body = "Prime Minister Silvio Berlusconi met British officials .";
    LabelledCorpus.Item item =
        new LabelledCorpus.Item(
            "doc-2",
            "",
            body,
            List.of(
                gold(body, "Prime Minister Silvio Berlusconi", "PERSON"),
                gold(body, "British", "PLACE")));

    assertThat(new EntityEvaluation(text -> text.equals("British")).goldSet(item))
        .containsExactly("PERSON\tPrime Minister Silvio Berlusconi");
  }

  @Test
  void scoresFollowTheUsualDefinitions() {
    EntityEvaluation.Score score = new EntityEvaluation.Score(8, 2, 8);
    assertThat(score.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(score.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-9));
    assertThat(new EntityEvaluation.Score(0, 0, 0).f1()).isZero();
  }

  @Test
  void heldOutSplitKeepsDocumentsWholeAndIsStable() {
    assertThat(LabelledCorpus.documentKey("wikigold-012-003")).isEqualTo("wikigold-012");
    assertThat(LabelledCorpus.documentKey("gmb-00017")).isEqualTo("gmb-00017");
    assertThat(LabelledCorpus.isHeldOut("wikigold-012-003"))
        .isEqualTo(LabelledCorpus.isHeldOut("wikigold-012-999"));
    long heldOut =
        java.util.stream.IntStream.range(0, 10_000)
            .filter(i -> LabelledCorpus.isHeldOut("gmb-" + i))
            .count();
    assertThat(heldOut).isBetween(800L, 1200L);
  }
}
