package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameFeaturesTest {

  private static TokenNameFinderModel model() throws IOException {
    try (InputStream in = NameModel.class.getResourceAsStream(EntityModelTrainer.MODEL_FILE)) {
      return new TokenNameFinderModel(in);
    }
  }

  private static NameContextGenerator modelsOwnGenerator() throws IOException {
    return model().getFactory().createContextGenerator();
  }

  private static WordClusters modelsClusters() throws IOException {
    WordClusters clusters = WordClusters.of(model());
    assertThat(clusters).as("the model's word clusters").isNotNull();
    return clusters;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Armenian Prime Minister Nikol Pashinyan told parliament in Yerevan on Tuesday .",
        "The U.S. - based Acme Corp. said 1,500 jobs , or 3.5 % , would go in 2024 .",
        "al-Qaida 's leader Ayman al-Zawahiri , 62 , was killed , officials said ."
      })
  void featuresMatchTheModelsOwnGenerator(String sentence) throws IOException {
    String[] tokens = sentence.split(" ");
    String[] outcomes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      outcomes[i] = i % 3 == 0 ? "person-start" : "other";
    }
    NameContextGenerator expected = modelsOwnGenerator();
    NameContextGenerator fast = NameFeatures.contextGenerator(modelsClusters());
    for (int i = 0; i < tokens.length; i++) {
      assertThat(fast.getContext(i, tokens, outcomes, null))
          .as("features of token %d", i)
          .containsExactly(expected.getContext(i, tokens, outcomes, null));
    }
  }

  @Test
  void aWordAndItsNeighboursBringTheirClusters() throws IOException {
    TokenNameFinderModel model = model();
    String[] tokens = "talks in Yerevan ended".split(" ");
    String[] features =
        NameFeatures.contextGenerator(WordClusters.of(model))
            .getContext(2, tokens, new String[tokens.length], null);
    WordClusters clusters = WordClusters.of(model);
    String name = WordClusters.ARTIFACT;
    assertThat(features)
        .contains(
            name + clusters.clusterOf("yerevan"),
            "p1" + name + clusters.clusterOf("in"),
            "n1" + name + clusters.clusterOf("ended"));
  }

  @Test
  void featuresStayIdenticalWhenWordsRecurAcrossSentencesOfADocument() throws IOException {
    String[][] sentences = {
      "Acme Corp. hired Nikol Pashinyan in Yerevan .".split(" "),
      "Pashinyan left Acme Corp. for Yerevan 's city hall , Acme said .".split(" "),
      "In Yerevan , Pashinyan and Acme Corp. met again .".split(" ")
    };
    NameContextGenerator expected = modelsOwnGenerator();
    NameContextGenerator fast = NameFeatures.contextGenerator(modelsClusters());
    for (String[] tokens : sentences) {
      String[] outcomes = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        outcomes[i] = Character.isUpperCase(tokens[i].charAt(0)) ? "organization-start" : "other";
        assertThat(fast.getContext(i, tokens, outcomes, null))
            .as("features of %s", tokens[i])
            .containsExactly(expected.getContext(i, tokens, outcomes, null));
      }
      expected.updateAdaptiveData(tokens, outcomes);
      fast.updateAdaptiveData(tokens, outcomes);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Armenian Prime Minister Nikol Pashinyan told parliament in Yerevan on Tuesday .",
        "The U.S. - based Acme Corp. said 1,500 jobs , or 3.5 % , would go in 2024 .",
        "Zoë Ångström , 62 , joined Société Générale 's board in Zürich ."
      })
  @SuppressWarnings("unchecked")
  void parametersFoundByHashAreTheModelsParametersForTheFeatureStrings(String sentence)
      throws IOException {
    TokenNameFinderModel model = model();
    Map<String, Context> byString =
        (Map<String, Context>)
            ((AbstractModel) model.getArtifact("nameFinder.model")).getDataStructures()[1];
    NameFeatures fast =
        NameFeatures.resolvingTo(new FeatureTable(byString), WordClusters.of(model));
    String[] previous = "Pashinyan Acme Yerevan Zürich , .".split(" ");
    fast.updateAdaptiveData(
        previous,
        new String[] {
          "person-start", "organisation-start", "place-start", "other", "other", "other"
        });
    String[] tokens = sentence.split(" ");
    String[] outcomes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      outcomes[i] = i % 3 == 0 ? "person-start" : "other";
    }
    int outcomeCount =
        model.getArtifact("nameFinder.model") instanceof AbstractModel m ? m.getNumOutcomes() : 0;
    int known = 0;
    for (int i = 0; i < tokens.length; i++) {
      Context[] expected =
          Arrays.stream(fast.getContext(i, tokens, outcomes, null))
              .map(byString::get)
              .toArray(Context[]::new);
      Context[] found = fast.contexts(i, tokens, outcomes);
      assertThat(found).as("parameters of token %d", i).containsExactly(expected);
      double[] summed = new double[outcomeCount];
      double[] expectedSums = new double[outcomeCount];
      fast.addParameters(i, tokens, outcomes, summed);
      ArrayMath.sumFeatures(expected, null, expectedSums);
      assertThat(summed).as("sums of token %d", i).containsExactly(expectedSums);
      known += (int) Arrays.stream(found).filter(c -> c != null).count();
    }
    assertThat(known).as("features the model knows").isGreaterThan(tokens.length);
  }
}
