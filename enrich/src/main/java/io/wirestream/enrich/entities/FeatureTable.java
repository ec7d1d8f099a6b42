package io.wirestream.enrich.entities;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The name model's parameters keyed by a 64-bit polynomial hash of each feature string instead of
 * the string itself. The hash of a concatenation is computed from the hashes of its parts ({@link
 * #concat}), so a feature such as {@code "pw,w=" + previous + "," + word} is looked up without
 * building the string, from hashes of the words computed once per sentence. Lookups probe a flat
 * array of keys rather than walking a {@link java.util.HashMap}'s nodes and comparing strings, and
 * give a feature number; the parameters of all features sit end to end in two flat arrays, so
 * summing a token's twenty-odd features reads memory in a few runs instead of chasing two arrays
 * per {@link Context}. Immutable and thread-safe after construction.
 */
final class FeatureTable {

  /** An odd multiplier with well-mixed bits; arithmetic is modulo 2^64. */
  private static final long P = 0x9E3779B97F4A7C15L;

  private static final long EMPTY = 0;

  /** The feature number of a feature the model does not know. */
  static final int ABSENT = -1;

  private final long[] keys;

  /** The feature number at each slot of {@link #keys}. */
  private final int[] ids;

  private final int mask;

  /** By feature number: the model's own parameters object. */
  private final Context[] contexts;

  /** Feature {@code f}'s weights are at {@code [firstWeight[f], firstWeight[f + 1])}. */
  private final int[] firstWeight;

  private final int[] outcomeOf;
  private final double[] weightOf;

  /**
   * @throws IllegalStateException if two of the model's features share a hash (then this table
   *     cannot stand in for the model's own lookup)
   */
  FeatureTable(Map<String, Context> parameters) {
    int capacity = Integer.highestOneBit(Math.max(16, parameters.size() * 2 - 1)) << 1;
    this.keys = new long[capacity];
    this.ids = new int[capacity];
    this.mask = capacity - 1;
    this.contexts = new Context[parameters.size()];
    this.firstWeight = new int[parameters.size() + 1];
    int weights = 0;
    for (Context context : parameters.values()) {
      weights += context.getOutcomes().length;
    }
    this.outcomeOf = new int[weights];
    this.weightOf = new double[weights];
    int id = 0;
    int weight = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      long key = hash(e.getKey());
      int slot = slot(key);
      while (keys[slot] != EMPTY) {
        if (keys[slot] == key) {
          throw new IllegalStateException("Two name-model features share a hash: " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      ids[slot] = id;
      Context context = e.getValue();
      contexts[id] = context;
      firstWeight[id] = weight;
      int[] outcomes = context.getOutcomes();
      double[] values = context.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        outcomeOf[weight] = outcomes[k];
        weightOf[weight] = values[k];
        weight++;
      }
      id++;
    }
    firstWeight[id] = weight;
  }

  /**
   * The number of the feature with this hash, or {@link #ABSENT} when the model does not know it.
   */
  int id(long key) {
    int slot = slot(key);
    long k;
    while ((k = keys[slot]) != EMPTY) {
      if (k == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  int id(String feature) {
    return id(hash(feature));
  }

  /** The model's parameters of a feature number, null for {@link #ABSENT}. */
  Context context(int id) {
    return id == ABSENT ? null : contexts[id];
  }

  /**
   * Adds each weight of feature {@code id} to {@code sums} by outcome, in the order of the model's
   * {@link Context}, as {@code ArrayMath.sumFeatures} does (a feature's value is 1).
   */
  void addWeights(int id, double[] sums) {
    for (int j = firstWeight[id], end = firstWeight[id + 1]; j < end; j++) {
      sums[outcomeOf[j]] += weightOf[j];
    }
  }

  /** The polynomial hash of a string: sum of char[i] * P^(n-1-i), never {@link #EMPTY}. */
  static long hash(String s) {
    return finish(raw(s));
  }

  /** P^length, the factor that shifts a hash left by a string of that length. */
  static long shift(int length) {
    long result = 1;
    long base = P;
    for (int e = length; e > 0; e >>= 1) {
      if ((e & 1) != 0) {
        result *= base;
      }
      base *= base;
    }
    return result;
  }

  /**
   * The hash of {@code a + b} from the raw (unadjusted) hashes: {@code hash(a) * P^|b| + hash(b)}.
   * Use {@link #raw} for parts and {@link #finish} on the whole.
   */
  static long concat(long rawA, long rawB, long shiftB) {
    return rawA * shiftB + rawB;
  }

  /** The raw polynomial hash, which {@link #concat} combines. */
  static long raw(String s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * P + s.charAt(i);
    }
    return h;
  }

  /** A combined raw hash as a key, matching {@link #hash} of the whole string. */
  static long finish(long raw) {
    return raw == EMPTY ? 1 : raw;
  }

  private int slot(long key) {
    long mixed = key ^ (key >>> 29);
    mixed *= 0xBF58476D1CE4E5B9L;
    return (int) (mixed ^ (mixed >>> 32)) & mask;
  }
}
