package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {

  @Test
  void wordsOfLikeUseShareAClusterAndWordsOfOtherUseDoNot() {
    float[][] unit = {
      {1, 0.1f, 0}, {0.9f, 0, 0.1f}, {1, 0, -0.1f}, // cities
      {0, 1, 0.1f}, {0.1f, 0.9f, 0}, {0, 1, -0.1f} // surnames
    };
    for (float[] v : unit) {
      double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
      for (int d = 0; d < v.length; d++) {
        v[d] /= (float) norm;
      }
    }
    int[] cluster = WordClusterTrainer.cluster(unit, 2);
    assertThat(cluster[1]).isEqualTo(cluster[0]);
    assertThat(cluster[2]).isEqualTo(cluster[0]);
    assertThat(cluster[4]).isEqualTo(cluster[3]);
    assertThat(cluster[5]).isEqualTo(cluster[3]);
    assertThat(cluster[3]).isNotEqualTo(cluster[0]);
    assertThat(WordClusterTrainer.cluster(unit, 2)).as("seeded").containsExactly(cluster);
    assertThat(WordClusterTrainer.cluster(unit, 512)).as("more clusters than words").hasSize(6);
  }

  @Test
  void theMainDirectionIsTheOneTheVectorsSpreadAlong() {
    double[][] vectors = {{4, 0.1, 0}, {-4, 0, 0.1}, {3, -0.1, 0}, {-3, 0, -0.1}};
    double[] main = WordClusterTrainer.mainDirections(vectors, vectors.length, 1)[0];
    assertThat(Math.abs(main[0])).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void gloveTextAndThePackagesJsonReadAlike(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("vectors.txt");
    Files.writeString(text, "the 0.1 0.2\nkabul 0.5 -0.25\nnew york 1 1\nyerevan 0.5 -0.5\n");
    Path json = dir.resolve("vectors.json");
    Files.writeString(
        json,
        """
        {"precision":8,"dimensions":2,"words":["the","kabul","yerevan"],
         "vectors":{"yerevan":[0.5,-0.5,0.7],"the":[0.1,0.2,0.22],"kabul":[0.5,-0.25,0.56]}}
        """);
    WordClusterTrainer.Embeddings fromText = WordClusterTrainer.read(text, 3);
    WordClusterTrainer.Embeddings fromJson = WordClusterTrainer.read(json, 3);
    assertThat(fromJson.words()).containsExactly("the", "kabul", "yerevan");
    assertThat(fromText.words())
        .as("no word with a space")
        .containsExactly(fromJson.words().toArray(String[]::new));
    assertThat(fromJson.vectors()[2]).containsExactly(0.5f, -0.5f);
    assertThat(fromJson.vectors()[1]).containsExactly(fromText.vectors()[1]);
  }

  @Test
  void aFileThatIsNoSetOfEmbeddingsGetsAClearError(@TempDir Path dir) throws IOException {
    Path words = dir.resolve("words.txt");
    Files.writeString(words, "not numbers here\n");
    Path few = dir.resolve("few.txt");
    Files.writeString(few, "the 0.1 0.2\nkabul 0.5 -0.25\n");
    Path json = dir.resolve("other.json");
    Files.writeString(json, "{\"words\": [\"the\"]}");

    assertThatThrownBy(() -> WordClusterTrainer.train(words, dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("words.txt:1: not a word and its numbers");
    assertThatThrownBy(() -> WordClusterTrainer.train(few, dir))
        .hasMessageContaining("2 words, too few for 512 clusters");
    assertThatThrownBy(() -> WordClusterTrainer.train(json, dir))
        .hasMessageContaining("no \"dimensions\"");
    assertThat(dir.resolve(WordClusters.FILE)).doesNotExist();
  }

  @Test
  void aModelTrainedWithClustersIsWrittenAndReadBackWithThem(@TempDir Path dir) throws IOException {
    TrainingCorpus corpus = new TrainingCorpus();
    for (int i = 0; i < 4; i++) {
      corpus
          .add("Talks opened in Yerevan on Monday .", "PLACE", "Yerevan")
          .add("Nikol Pashinyan spoke in parliament .", "PERSON", "Nikol Pashinyan")
          .add("The Acme Corporation hired staff .", "ORGANISATION", "Acme Corporation");
    }
    corpus.writeTo(dir);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EntityModelTrainer.trainModel(dir).serialize(bytes);

    TokenNameFinderModel model =
        new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

    WordClusters clusters = WordClusters.of(model);
    assertThat(clusters).isNotNull();
    WordClusters bundled = WordClusters.load();
    for (String word : List.of("yerevan", "parliament", "monday")) {
      assertThat(clusters.clusterOf(word)).as(word).isEqualTo(bundled.clusterOf(word)).isNotNull();
    }
  }
}
