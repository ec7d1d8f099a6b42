package io.wirestream.enrich.language;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The OpenNLP language model's parameters laid out flat: each character n-gram (packed into a
 * {@code long}) finds its feature number in an open-addressing table. A common n-gram has a weight
 * for nearly every language, so its weights are kept as a dense row that the JIT adds with vector
 * instructions (adding 0.0 for a language it has no weight for changes no sum); a rare one keeps
 * its (outcome, weight) pairs side by side in two arrays. Scoring an article then hashes no strings
 * and touches a few contiguous arrays instead of a map entry and two small arrays per n-gram, which
 * is where most of the detector's time went. {@link #probabilities} adds the weights in the order
 * the features are given and normalises exactly as OpenNLP's GIS model does (uniform prior, {@link
 * StrictMath#exp}), so it returns bit-for-bit the same distribution. Immutable and thread-safe.
 */
final class NgramWeights {

  /** Longest n-gram a key can hold: three UTF-16 units of 16 bits plus the length. */
  static final int MAX_GRAM = 3;

  private static final int ABSENT = -1;

  // Slot s holds a key at 2s and its feature number at 2s + 1 (ABSENT where free): one cache line
  // answers a lookup.
  private final long[] slots;
  private final int mask;
  private final int[] firstWeight; // by feature, into outcomes/weights; one past the end last
  private final short[] outcomes;
  private final double[] weights;
  private final int[] denseRow; // by feature: its row in dense, or -1 when kept as pairs
  private final double[] dense; // numOutcomes weights a row
  private final int numOutcomes;
  private final double logPrior;

  private NgramWeights(Map<String, Context> byPredicate, int numOutcomes) {
    this.numOutcomes = numOutcomes;
    // OpenNLP's uniform prior: every outcome starts at log(1/n).
    this.logPrior = StrictMath.log(1.0 / numOutcomes);
    int capacity = Integer.highestOneBit(Math.max(4, byPredicate.size() * 2 - 1)) << 1;
    slots = new long[2 * capacity];
    Arrays.fill(slots, ABSENT);
    mask = capacity - 1;
    // A row costs numOutcomes doubles however many weights it holds: worth it for common n-grams.
    int denseFrom = Math.max(1, numOutcomes / 4);
    int pairs = 0;
    int rows = 0;
    for (Context context : byPredicate.values()) {
      if (context.getOutcomes().length >= denseFrom) {
        rows++;
      } else {
        pairs += context.getOutcomes().length;
      }
    }
    firstWeight = new int[byPredicate.size() + 1];
    outcomes = new short[pairs];
    weights = new double[pairs];
    denseRow = new int[byPredicate.size()];
    dense = new double[rows * numOutcomes];
    int feature = 0;
    int next = 0;
    int row = 0;
    for (Map.Entry<String, Context> e : byPredicate.entrySet()) {
      String gram = e.getKey();
      if (gram.isEmpty() || gram.length() > MAX_GRAM) {
        continue; // never produced by CharNgrams, so never looked up
      }
      firstWeight[feature] = next;
      denseRow[feature] = ABSENT;
      int[] ids = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      if (ids.length >= denseFrom) {
        denseRow[feature] = row;
        for (int j = 0; j < ids.length; j++) {
          dense[row * numOutcomes + ids[j]] = params[j];
        }
        row++;
      } else {
        for (int j = 0; j < ids.length; j++) {
          outcomes[next] = (short) ids[j];
          weights[next] = params[j];
          next++;
        }
      }
      put(key(gram, 0, gram.length()), feature);
      feature++;
    }
    firstWeight[feature] = next;
  }

  /**
   * The flat form of a GIS maxent model whose predicates are character n-grams (as OpenNLP's
   * language detector model is).
   */
  static NgramWeights of(MaxentModel model) {
    if (!(model instanceof AbstractModel gis)
        || gis.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalArgumentException(
          "Expected an OpenNLP GIS maxent language model, got " + model.getClass().getName());
    }
    if (model.getNumOutcomes() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("Too many outcomes: " + model.getNumOutcomes());
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> byPredicate = (Map<String, Context>) data[1];
    return new NgramWeights(byPredicate, model.getNumOutcomes());
  }

  /** Packs {@code length} (1 to 3) characters starting at {@code start} into one key. */
  static long key(CharSequence chars, int start, int length) {
    long key = length;
    for (int k = 0; k < length; k++) {
      key = key << 16 | chars.charAt(start + k);
    }
    return key;
  }

  /** As {@link #key(CharSequence, int, int)}, over a character buffer. */
  static long key(char[] chars, int start, int length) {
    long key = length;
    for (int k = 0; k < length; k++) {
      key = key << 16 | chars[start + k];
    }
    return key;
  }

  /** The feature number of an n-gram key, or -1 when the model does not know the n-gram. */
  int feature(long key) {
    int slot = slot(key);
    while (slots[2 * slot + 1] != ABSENT) {
      if (slots[2 * slot] == key) {
        return (int) slots[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  /** Number of outcomes (languages) the model tells apart. */
  int numOutcomes() {
    return numOutcomes;
  }

  /**
   * The probability of each outcome given the first {@code count} features, which must be distinct;
   * the sums run in the order given, as OpenNLP's do.
   */
  double[] probabilities(int[] featureList, int count) {
    double[] p = new double[numOutcomes];
    Arrays.fill(p, logPrior);
    for (int i = 0; i < count; i++) {
      int f = featureList[i];
      int row = denseRow[f];
      if (row != ABSENT) {
        int base = row * numOutcomes;
        for (int o = 0; o < numOutcomes; o++) {
          p[o] += dense[base + o];
        }
        continue;
      }
      for (int j = firstWeight[f], end = firstWeight[f + 1]; j < end; j++) {
        p[outcomes[j]] += weights[j];
      }
    }
    double normal = 0.0;
    for (int o = 0; o < numOutcomes; o++) {
      p[o] = StrictMath.exp(p[o]);
      normal += p[o];
    }
    for (int o = 0; o < numOutcomes; o++) {
      p[o] /= normal;
    }
    return p;
  }

  private void put(long key, int feature) {
    int slot = slot(key);
    while (slots[2 * slot + 1] != ABSENT && slots[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = key;
    slots[2 * slot + 1] = feature;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
