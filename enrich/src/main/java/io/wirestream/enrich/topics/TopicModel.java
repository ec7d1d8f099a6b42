package io.wirestream.enrich.topics;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over {@link TopicFeatures}: one weight per (feature, level-1
 * subject) and a bias per subject, giving a probability for each subject. Trained by {@link
 * TopicModelTrainer}; stored gzipped, features as their 64-bit hashes in ascending order, weights
 * quantised to 16 bits. Immutable and thread-safe.
 */
final class TopicModel {

  static final String RESOURCE = "/io/wirestream/enrich/topics/topic-model.bin.gz";
  private static final int MAGIC = 0x57534D33; // "WSM3": headline-marked features

  private final List<String> classes;
  private final long[] keys; // ascending
  private final float[] weights; // row-major: row * classes + class
  private final float[] bias;
  private final LongIntMap index;

  /** {@code keys} ascending; {@code weights} row-major with one row per key. */
  TopicModel(List<String> classes, long[] keys, float[] weights, float[] bias) {
    if (weights.length != keys.length * classes.size() || bias.length != classes.size()) {
      throw new IllegalArgumentException("Topic model dimensions do not match");
    }
    this.classes = List.copyOf(classes);
    this.keys = keys.clone();
    this.weights = weights.clone();
    this.bias = bias.clone();
    this.index = new LongIntMap(keys.length);
    for (int row = 0; row < keys.length; row++) {
      index.put(keys[row], row);
    }
  }

  static TopicModel load() {
    try (InputStream in = TopicModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing classpath resource " + RESOURCE + " (train it with: wirestream train topics)");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read topic model " + RESOURCE, e);
    }
  }

  /** The qcodes of the subjects, in the order of {@link #probabilities}. */
  List<String> classes() {
    return classes;
  }

  int featureCount() {
    return keys.length;
  }

  /** Softmax probabilities of the subjects for the given features. */
  double[] probabilities(TopicFeatures.Bag bag) {
    int k = classes.size();
    int[] rows = new int[bag.keys().length];
    double[] values = TopicFeatures.known(bag, index, rows);
    double[] logits = new double[k];
    for (int c = 0; c < k; c++) {
      logits[c] = bias[c];
    }
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] >= 0) {
        int base = rows[i] * k;
        for (int c = 0; c < k; c++) {
          logits[c] += weights[base + c] * values[i];
        }
      }
    }
    return softmax(logits);
  }

  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  void write(OutputStream out) throws IOException {
    float maxAbs = 1e-9f;
    for (float v : weights) {
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    float step = maxAbs / Short.MAX_VALUE;
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip));
    data.writeInt(MAGIC);
    data.writeInt(classes.size());
    for (String c : classes) {
      data.writeUTF(c);
    }
    for (float b : bias) {
      data.writeFloat(b);
    }
    data.writeFloat(step);
    data.writeInt(keys.length);
    long previous = 0;
    for (long key : keys) {
      data.writeLong(key - previous); // deltas of sorted keys compress better
      previous = key;
    }
    for (float v : weights) {
      data.writeShort(Math.round(v / step));
    }
    data.flush();
    gzip.finish();
  }

  static TopicModel read(InputStream in) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (data.readInt() != MAGIC) {
      throw new IOException("Not a Wirestream topic model (bad magic number)");
    }
    int k = data.readInt();
    String[] classes = new String[k];
    for (int c = 0; c < k; c++) {
      classes[c] = data.readUTF();
    }
    float[] bias = new float[k];
    for (int c = 0; c < k; c++) {
      bias[c] = data.readFloat();
    }
    float step = data.readFloat();
    int n = data.readInt();
    // Read in bulk: a million readShort calls on a buffered stream take most of a second.
    byte[] keyBytes = new byte[n * Long.BYTES];
    data.readFully(keyBytes);
    LongBuffer deltas = ByteBuffer.wrap(keyBytes).asLongBuffer(); // big-endian, as written
    long[] keys = new long[n];
    long previous = 0;
    for (int i = 0; i < n; i++) {
      previous += deltas.get(i);
      keys[i] = previous;
    }
    byte[] weightBytes = new byte[n * k * Short.BYTES];
    data.readFully(weightBytes);
    ShortBuffer quantised = ByteBuffer.wrap(weightBytes).asShortBuffer();
    float[] weights = new float[n * k];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = quantised.get(i) * step;
    }
    return new TopicModel(List.of(classes), keys, weights, bias);
  }
}
