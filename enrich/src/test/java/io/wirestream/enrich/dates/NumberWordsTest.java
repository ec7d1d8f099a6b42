package io.wirestream.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  private static final Lexicon LEXICON = Lexicon.load();

  private static NumberWords.Quantity parse(String text) {
    Cursor c =
        new Cursor(Tokenizer.tokenize(text, LEXICON.vocabulary), LEXICON, LocalDate.of(2024, 1, 1));
    return NumberWords.parse(c, 0, true);
  }

  @ParameterizedTest(name = "\"{0}\" is {1} ({2} tokens)")
  @CsvSource(
      delimiterString = "|",
      value = {
        "twenty four hours|24|2",
        "twenty-four hours|24|3",
        "two hundred and fifty days|250|4",
        "a hundred years|100|2",
        "three thousand years|3000|2",
        "a year|1|1",
        "24 hours|24|1",
        "1,500 days|1500|3",
        "2 1/2 years|2.5|4",
        "1.5 hours|1.5|3",
        "half an hour|0.5|2",
        "a couple of weeks|2|3"
      })
  void readsDigitsWordsAndFractions(String text, double value, int tokens) {
    NumberWords.Quantity q = parse(text);

    assertThat(q).isNotNull();
    assertThat(q.value()).isEqualTo(value);
    assertThat(q.end()).isEqualTo(tokens);
  }

  @ParameterizedTest(name = "\"{0}\" is a vague quantity")
  @CsvSource({"several years", "a few days", "many months"})
  void vagueQuantitiesHaveNoValue(String text) {
    assertThat(parse(text).vague()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is no quantity")
  @CsvSource({"third quarter", "the year", "second place"})
  void ordinalsAndDeterminersAreNotQuantities(String text) {
    assertThat(parse(text)).isNull();
  }
}
