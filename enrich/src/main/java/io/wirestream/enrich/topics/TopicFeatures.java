package io.wirestream.enrich.topics;

import java.util.Arrays;
import java.util.List;

/**
 * The bag of features the topic model reads from an article: content-word stems and adjacent stem
 * pairs, each as a 64-bit hash, with headline words counted twice. Counts are damped (1 + ln n)
 * and, over the features the model knows, scaled to unit length, so that a 3 KB body and a ten-word
 * headline land on the same scale.
 */
final class TopicFeatures {

  /** Distinct feature hashes in ascending order and their damped counts. */
  record Bag(long[] keys, double[] values) {}

  private static final int HEADLINE_REPEATS = 2;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private TopicFeatures() {}

  static Bag of(List<String> headlineStems, List<String> bodyStems) {
    int n = HEADLINE_REPEATS * 2 * headlineStems.size() + 2 * bodyStems.size();
    long[] all = new long[n];
    int size = 0;
    for (int r = 0; r < HEADLINE_REPEATS; r++) {
      size = add(headlineStems, all, size);
    }
    size = add(bodyStems, all, size);
    Arrays.sort(all, 0, size);
    long[] keys = new long[size];
    double[] values = new double[size];
    int distinct = 0;
    for (int i = 0; i < size; ) {
      int j = i;
      while (j < size && all[j] == all[i]) {
        j++;
      }
      keys[distinct] = all[i];
      values[distinct] = 1.0 + Math.log(j - i);
      distinct++;
      i = j;
    }
    return new Bag(Arrays.copyOf(keys, distinct), Arrays.copyOf(values, distinct));
  }

  private static int add(List<String> stems, long[] out, int size) {
    long previous = 0;
    for (int i = 0; i < stems.size(); i++) {
      long h = hash(stems.get(i));
      out[size++] = h;
      if (i > 0) {
        out[size++] = pair(previous, h);
      }
      previous = h;
    }
    return size;
  }

  /** FNV-1a over the UTF-16 units of a stem: fixed across JVMs and runs. */
  static long hash(String stem) {
    long h = FNV_OFFSET;
    for (int i = 0; i < stem.length(); i++) {
      h ^= stem.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /**
   * The hash of an ordered stem pair, kept apart from single-stem hashes by an odd multiplier and a
   * rotation.
   */
  static long pair(long first, long second) {
    return Long.rotateLeft(first * 0x9E3779B97F4A7C15L, 31) ^ second ^ 0x2545F4914F6CDD1DL;
  }

  /**
   * Looks up the rows of the bag's features in {@code index} and scales the known ones to unit
   * length. Fills {@code rows} (-1 for unknown features) and returns the scaled values.
   */
  static double[] known(Bag bag, LongIntMap index, int[] rows) {
    double norm = 0;
    for (int i = 0; i < bag.keys().length; i++) {
      rows[i] = index.get(bag.keys()[i]);
      if (rows[i] >= 0) {
        norm += bag.values()[i] * bag.values()[i];
      }
    }
    double scale = norm > 0 ? 1.0 / Math.sqrt(norm) : 0.0;
    double[] values = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      values[i] = rows[i] >= 0 ? bag.values()[i] * scale : 0.0;
    }
    return values;
  }
}
