package io.wirestream.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  private static LanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = LanguageDetector.load();
  }

  static Stream<Arguments> paragraphs() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("paragraphs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t", 2);
          rows.add(Arguments.of(cols[0], cols[1]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paragraphs")
  void paragraphIsDetectedAsItsLanguage(String language, String paragraph) {
    assertThat(detector.detect(paragraph)).contains(language);
  }

  static Stream<Arguments> stories() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("stories.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t", -1);
          rows.add(Arguments.of(cols[0], cols[1], cols[2]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("stories")
  void storyIsDetectedAsItsLanguage(String language, String headline, String body) {
    if (body.isEmpty()) {
      // A lone headline may leave the detector unsure, but never names another language.
      assertThat(detector.detect(headline, body).orElse(language)).isEqualTo(language);
    } else {
      assertThat(detector.detect(headline, body)).contains(language);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("stories")
  void headlineAndBodyReadAsTheTextJoinedByABlankLine(
      String language, String headline, String body) {
    assertThat(detector.detect(headline, body))
        .isEqualTo(detector.detect(headline + "\n\n" + body));
    assertThat(detector.detect(null, headline)).isEqualTo(detector.detect(headline));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "Hello", "OK 2024", "https://example.com/a/b", "Obama wins"})
  void tooShortTextIsUnsure(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }

  @Test
  void nullIsUnsure() {
    assertThat(detector.detect(null)).isEmpty();
  }

  @Test
  void normalisationDropsDigitsAddressesAndMentions() {
    CharNgrams ngrams = new CharNgrams(200, 1);
    assertThat(ngrams.normalise("Vote 2024  at https://x.org now @desk #news OK"))
        .isEqualTo("vote at now ok");
  }

  @Test
  void onlyTheOpeningIsRead() {
    assertThat(new CharNgrams(10, 1).normalise("abcdefghij klmnop")).hasSize(10);
  }
}
