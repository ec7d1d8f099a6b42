package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicCorpusTest {

  @ParameterizedTest(name = "''{0}'' and ''{1}'' are one headline")
  @CsvSource(
      delimiter = '|',
      value = {"Trump's Plan Fails|trump 's plan fails", "Does n't work|Doesn't Work!"})
  void tokenisedAndOriginalHeadlinesNormaliseAlike(String a, String b) {
    assertThat(TopicCorpus.normalise(a)).isEqualTo(TopicCorpus.normalise(b));
    assertThat(TopicCorpus.bucket(TopicCorpus.normalise(a)))
        .isEqualTo(TopicCorpus.bucket(TopicCorpus.normalise(b)));
  }

  @Test
  void bucketsSpreadOverTenParts() {
    int[] counts = new int[10];
    for (int i = 0; i < 10_000; i++) {
      counts[TopicCorpus.bucket("headline number " + i)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(800, 1200);
    }
  }

  @Test
  void splitPartsAreTheItemsTheirPredicatesSelect(@TempDir Path dir) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append(
          String.format(
              "{\"id\":\"s%d\",\"headline\":\"Council debates plan number %d\",\"body\":\"\","
                  + "\"category\":\"POLITICS\",\"topics\":[\"medtop:11000000\"]}%n",
              i, i));
    }
    Files.writeString(dir.resolve(TopicCorpus.NEWS_CATEGORY_FILE), lines);
    Files.writeString(dir.resolve(TopicCorpus.FEWSHOT_FILE), "");

    TopicCorpus corpus = TopicCorpus.load(dir);

    assertThat(corpus.test()).isNotEmpty().allMatch(TopicCorpus::isHeldOut);
    assertThat(corpus.dev())
        .isNotEmpty()
        .allMatch(TopicCorpus::isDevelopment)
        .noneMatch(TopicCorpus::isHeldOut);
    assertThat(corpus.train())
        .noneMatch(TopicCorpus::isDevelopment)
        .noneMatch(TopicCorpus::isHeldOut);
    assertThat(corpus.train().size() + corpus.dev().size() + corpus.test().size()).isEqualTo(300);
  }

  @Test
  void missingDataIsReportedWithThePath(@TempDir Path dir) {
    assertThatThrownBy(() -> TopicCorpus.load(dir))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(TopicCorpus.NEWS_CATEGORY_FILE);
  }
}
