package io.wirestream.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

  @ParameterizedTest(name = "''{0}'' -> story from ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "YEREVAN, Armenia (Wirestream Sample) — Armenia and Azerbaijan agreed | Armenia and",
        "WASHINGTON (Reuters) - The Senate voted | The Senate",
        "LONDON, March 3 (AP) -- Prices rose | Prices rose",
        "SAN JOSE, Calif. — Apple said | Apple said",
        "ST. LOUIS – Rain fell | Rain fell",
        "PORTO ALEGRE, Brazil — Heavy rain | Heavy rain",
      })
  void storyStartsAfterTheDateline(String body, String story) {
    assertThat(body.substring(Dateline.storyStart(body))).startsWith(story);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "The central bank held rates - for now.",
        "NATO allies met in Brussels on Monday - officials said.",
        "Prices rose (again) - the third month running.",
        "US - China talks resume",
      })
  void textWithoutADatelineIsReadWhole(String body) {
    assertThat(Dateline.storyStart(body)).isZero();
  }
}
