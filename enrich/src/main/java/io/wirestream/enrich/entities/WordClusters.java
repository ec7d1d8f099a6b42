package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;

/**
 * The name finder's word clusters (built by {@link WordClusterTrainer}): words of like use share a
 * number ("Kabul" with "Nairobi" and "Dhaka"), so what the model learns of one name carries to
 * names the labelled corpora never show. Training reads them from the package's resources and
 * stores them in the model; the tagger takes them from the model, so the two always agree.
 */
final class WordClusters {

  /** The number of clusters. */
  static final int SIZE = 512;

  /** The resource file, as {@link WordClusterTrainer} writes it. */
  static final String FILE = "word-clusters-" + SIZE + ".txt";

  /** The clusters' name in the model and in {@code ner-features.xml}; it opens each feature. */
  static final String ARTIFACT = "word-clusters-" + SIZE + ".clusters";

  private final WordClusterDictionary dictionary;

  private WordClusters(WordClusterDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The clusters in the package's resources, for training. */
  static WordClusters load() {
    try (InputStream in = WordClusters.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource " + FILE + "; build it with `wirestream train clusters`");
      }
      return new WordClusters(new WordClusterFeatureFactory.Serializer().create(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read word clusters " + FILE, e);
    }
  }

  /** The clusters the model was trained with, or null for a model trained without them. */
  static WordClusters of(TokenNameFinderModel model) {
    WordClusterDictionary dictionary = model.getArtifact(ARTIFACT);
    return dictionary == null ? null : new WordClusters(dictionary);
  }

  /** The training resources, by the name {@code ner-features.xml} asks for. */
  Map<String, Object> asResources() {
    return Map.of(ARTIFACT, dictionary);
  }

  /** The cluster of a lower-case word, or null for a word outside the clustered vocabulary. */
  String clusterOf(String word) {
    return dictionary.lookupToken(word);
  }

  /** A word's cluster feature, as the model's own generator makes it. */
  AdaptiveFeatureGenerator generator() {
    return new WordClusterFeatureGenerator(dictionary, ARTIFACT, true);
  }
}
