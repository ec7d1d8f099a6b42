package io.wirestream.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentStemsTest {

  @ParameterizedTest
  @CsvSource({"elections, elect", "talks, talk", "ceasefire, ceasefir", "markets, market"})
  void contentWordGivesItsPorterStemOnEveryAsking(String word, String stem) {
    ContentStems stems = new ContentStems(StopWords.english());
    assertThat(stems.stem(word)).isEqualTo(stem).isEqualTo(WordStems.stem(word));
    assertThat(stems.stem(word)).as("answered from the cache").isEqualTo(stem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the", "and", "would", "which"})
  void stopWordHasNoStemOnEveryAsking(String word) {
    assertThat(StopWords.english().contains(word)).as("on the bundled list").isTrue();
    ContentStems stems = new ContentStems(StopWords.english());
    assertThat(stems.stem(word)).isNull();
    assertThat(stems.stem(word)).as("answered from the cache").isNull();
  }
}
