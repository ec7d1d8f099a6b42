package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The trained name finder (persons, organisations, places), decoded greedily sentence by sentence.
 *
 * <p>Decoding is the model's own (its feature generators and outcomes, as {@link NameFinderME} with
 * beam size 1 would do), except that a token without a capital letter that follows a non-name token
 * is labelled "other" without asking the model: names start with a capital ("al-Qaida" included),
 * so this skips three tokens in four at no cost in accuracy. The model is shared; each thread has
 * its own context generator, which keeps per-document state (names seen earlier in the article). A
 * perceptron model is evaluated here on the parameters the features resolve to (cached per word, or
 * found by hash, by {@link NameFeatures}), summed in the same order as {@code
 * PerceptronModel.eval}; the best outcome is chosen on the sums, which rank the outcomes as the
 * model's probabilities do.
 */
final class NameModel {

  /** A name the model found: tokens {@code [from, to)} of one field, with the model's type name. */
  record Found(int from, int to, String type) {}

  private static final String MODEL_ARTIFACT = "nameFinder.model";

  private final MaxentModel maxent;
  private final ThreadLocal<NameFeatures> contexts;
  private final String[] outcomes;

  /** True when {@link #scores} may evaluate the model itself (a perceptron). */
  private final boolean perceptron;

  @SuppressWarnings("unchecked")
  private NameModel(TokenNameFinderModel model) {
    this.maxent = model.getArtifact(MODEL_ARTIFACT);
    this.perceptron =
        maxent instanceof AbstractModel abstractModel
            && abstractModel.getModelType() == AbstractModel.ModelType.Perceptron;
    WordClusters clusters = WordClusters.of(model);
    FeatureTable parameters =
        new FeatureTable(
            perceptron
                ? (Map<String, Context>) ((AbstractModel) maxent).getDataStructures()[1]
                : Map.of());
    this.contexts = ThreadLocal.withInitial(() -> NameFeatures.resolvingTo(parameters, clusters));
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = maxent.getOutcome(i);
    }
  }

  static NameModel load() {
    try (InputStream in = NameModel.class.getResourceAsStream(EntityModelTrainer.MODEL_FILE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource "
                + EntityModelTrainer.MODEL_FILE
                + "; build it with EntityModelTrainer");
      }
      return new NameModel(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the entity name-finder model", e);
    }
  }

  /** Starts a new document: forgets names seen in the previous one. */
  void startDocument() {
    contexts.get().clearAdaptiveData();
  }

  List<Found> find(Tokens tokens) {
    NameFeatures context = contexts.get();
    List<Found> found = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.sentenceStarts[i]) {
        String[] sentence = Arrays.copyOfRange(tokens.words, start, i);
        String[] labels = label(sentence, context);
        context.updateAdaptiveData(sentence, labels);
        NameLabels.decode(labels, start, found);
        start = i;
      }
    }
    return found;
  }

  private String[] label(String[] sentence, NameFeatures context) {
    String[] labels = new String[sentence.length];
    double[] sums = new double[outcomes.length];
    for (int j = 0; j < sentence.length; j++) {
      boolean outsideName = j == 0 || NameLabels.closesName(labels[j - 1]);
      if (outsideName && !hasCapital(sentence[j])) {
        labels[j] = NameFinderME.OTHER;
        continue;
      }
      double[] scores = scores(context, j, sentence, labels, sums);
      labels[j] = bestValid(scores, j == 0 ? null : labels[j - 1]);
    }
    return labels;
  }

  /**
   * Scores whose order is the order of the model's outcome probabilities: a perceptron's raw sums
   * (its probabilities are {@code exp(sum / largest)} normalised, which keeps the order, so the
   * exponentials are spared, and the sums go into {@code sums}, reused token after token), any
   * other model's probabilities.
   */
  private double[] scores(
      NameFeatures context, int index, String[] sentence, String[] labels, double[] sums) {
    if (!perceptron) {
      return maxent.eval(context.getContext(index, sentence, labels, null));
    }
    Arrays.fill(sums, 0);
    context.addParameters(index, sentence, labels, sums);
    return sums;
  }

  /** The likeliest outcome that continues the previous one legally ("x-cont" only after "x-*"). */
  private String bestValid(double[] scores, String previous) {
    String best = NameFinderME.OTHER;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] > bestScore && NameLabels.isValid(outcomes[k], previous)) {
        best = outcomes[k];
        bestScore = scores[k];
      }
    }
    return best;
  }

  private static boolean hasCapital(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
