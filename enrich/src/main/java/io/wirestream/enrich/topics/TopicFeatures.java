package io.wirestream.enrich.topics;

import java.util.Arrays;
import java.util.List;

/**
 * The bag of features the topic model reads from an article: content-word stems and adjacent stem
 * pairs, each as a 64-bit hash. Headline words count twice, once as plain words shared with the
 * body and once marked as headline words, so the model can learn what a word says in a headline.
 * Counts are damped (1 + ln n); a body longer than a teaser is scaled down so that it weighs no
 * more than the headline, and over the features the model knows the whole is scaled to unit length,
 * so that a 3 KB body neither swamps the headline nor drifts from the teaser-length training texts.
 */
final class TopicFeatures {

  /** Distinct feature hashes in ascending order and their damped counts. */
  record Bag(long[] keys, double[] values) {}

  /**
   * The body's length (L2 norm of its damped counts) may reach this multiple of the headline's; the
   * training bodies are one- or two-sentence teasers, about as heavy as their headlines.
   */
  static final double MAX_BODY_TO_HEADLINE = 1.0;

  /** Mixed into a headline feature's hash to keep it apart from the same feature in the body. */
  private static final long HEADLINE_MARK = 0x5DEECE66DL;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private TopicFeatures() {}

  static Bag of(List<String> headlineStems, List<String> bodyStems) {
    long[] headline = new long[4 * headlineStems.size()];
    int plain = add(headlineStems, headline, 0);
    int size = add(headlineStems, headline, plain);
    for (int i = plain; i < size; i++) {
      headline[i] = marked(headline[i]);
    }
    Bag head = damped(headline, size);
    long[] body = new long[2 * bodyStems.size()];
    Bag text = damped(body, add(bodyStems, body, 0));
    double headNorm = Math.max(1.0, norm(head)); // a body without headline keeps its own weight
    double bodyNorm = norm(text);
    double scale =
        bodyNorm > MAX_BODY_TO_HEADLINE * headNorm ? MAX_BODY_TO_HEADLINE * headNorm / bodyNorm : 1;
    return merge(head, text, scale);
  }

  /** The hash of {@code feature} as seen in the headline. */
  static long marked(long feature) {
    return Long.rotateLeft(feature, 17) ^ HEADLINE_MARK;
  }

  /** Distinct hashes of {@code all[0, size)} in ascending order with damped counts. */
  private static Bag damped(long[] all, int size) {
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

  private static double norm(Bag bag) {
    double sum = 0;
    for (double v : bag.values()) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  /** The union of two ascending bags, {@code b}'s values scaled; shared keys add up. */
  private static Bag merge(Bag a, Bag b, double scale) {
    long[] ak = a.keys();
    long[] bk = b.keys();
    long[] keys = new long[ak.length + bk.length];
    double[] values = new double[keys.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ak.length || j < bk.length) {
      if (j == bk.length || i < ak.length && ak[i] < bk[j]) {
        keys[n] = ak[i];
        values[n++] = a.values()[i++];
      } else if (i == ak.length || bk[j] < ak[i]) {
        keys[n] = bk[j];
        values[n++] = scale * b.values()[j++];
      } else {
        keys[n] = ak[i];
        values[n++] = a.values()[i++] + scale * b.values()[j++];
      }
    }
    return new Bag(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
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
