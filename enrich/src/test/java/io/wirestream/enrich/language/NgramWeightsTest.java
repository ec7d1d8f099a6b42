package io.wirestream.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NgramWeightsTest {

  private static MaxentModel model;
  private static NgramWeights weights;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = NgramWeightsTest.class.getResourceAsStream("/langdetect-183.bin")) {
      model = new LanguageDetectorModel(in).getMaxentModel();
    }
    weights = NgramWeights.of(model);
  }

  /** Every paragraph and story of the fixtures, in many languages, short and long. */
  static Stream<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String fixture : List.of("paragraphs.tsv", "stories.tsv")) {
      try (InputStream in = NgramWeightsTest.class.getResourceAsStream(fixture)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] cols = line.split("\t", -1);
            texts.add(String.join("\n\n", List.of(cols).subList(1, cols.length)).strip());
          }
        }
      }
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void probabilitiesEqualOpenNlpsOwnEvaluationBitForBit(String text) {
    CharNgrams ngrams = CharNgrams.standard();
    int[] features = new int[ngrams.maxFeatures()];
    int count = ngrams.features(text, null, weights, features);

    double[] expected = model.eval(openNlpContext(ngrams.normalise(text)));

    assertThat(count).isPositive();
    assertThat(weights.probabilities(features, count)).containsExactly(expected);
  }

  @Test
  void unknownNgramHasNoFeature() {
    assertThat(weights.feature(NgramWeights.key("\u2603\u2603\u2603", 0, 3))).isNegative();
    assertThat(weights.feature(NgramWeights.key("the", 0, 3))).isNotNegative();
  }

  @Test
  void keysTellApartNgramsOfDifferentLengths() {
    assertThat(NgramWeights.key("a", 0, 1)).isNotEqualTo(NgramWeights.key("\0a", 0, 2));
    assertThat(NgramWeights.key("xab", 1, 2)).isEqualTo(NgramWeights.key("ab", 0, 2));
  }

  /** The context OpenNLP's model is given: the distinct 1-, 2- and 3-grams, shortest first. */
  private static String[] openNlpContext(String normalised) {
    Set<String> grams = new LinkedHashSet<>();
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= normalised.length(); i++) {
        grams.add(normalised.substring(i, i + n));
      }
    }
    return grams.toArray(String[]::new);
  }
}
