package io.wirestream.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.keywords.PhraseCandidates.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseCandidatesTest {

  @Test
  void headAndTailOfAThreeWordPhraseAreItsTwoWordParts() {
    PhraseCandidates table = new PhraseCandidates();
    int[] ids = {table.stemId("rais"), table.stemId("interest"), table.stemId("rate")};

    long three = PhraseCandidates.key(ids, 0, 3);

    assertThat(PhraseCandidates.head(three)).isEqualTo(PhraseCandidates.key(ids, 0, 2));
    assertThat(PhraseCandidates.tail(three)).isEqualTo(PhraseCandidates.key(ids, 1, 2));
  }

  @Test
  void phrasesOfDifferentLengthsHaveDifferentKeys() {
    int[] ids = {0, 0, 0};
    assertThat(PhraseCandidates.key(ids, 0, 1))
        .isNotEqualTo(PhraseCandidates.key(ids, 0, 2))
        .isNotEqualTo(PhraseCandidates.key(ids, 0, 3));
  }

  @Test
  void sameStemsGetTheSameIdInAnyString() {
    PhraseCandidates table = new PhraseCandidates();
    int first = table.stemId("talk");
    for (int i = 0; i < 1000; i++) {
      table.stemId("word" + i); // past several regrowths of the table
    }
    assertThat(table.stemId(new String("talk".toCharArray()))).isEqualTo(first);
  }

  @Test
  void textSpellsTheStemsAndSurfaceTheCommonestForm() {
    PhraseCandidates table = new PhraseCandidates();
    int[] stems = {table.stemId("interest"), table.stemId("rate")};
    int[] rates = {table.wordId("interest"), table.wordId("rates")};
    int[] rate = {table.wordId("interest"), table.wordId("rate")};
    Candidate c = table.add(PhraseCandidates.key(stems, 0, 2), 2, 1.0);

    c.addSurface(PhraseCandidates.key(rate, 0, 2));
    c.addSurface(PhraseCandidates.key(rates, 0, 2));
    c.addSurface(PhraseCandidates.key(rates, 0, 2));

    assertThat(table.text(c)).isEqualTo("interest rate");
    assertThat(table.surface(c)).isEqualTo("interest rates");
    assertThat(table.get(PhraseCandidates.key(stems, 0, 2))).isSameAs(c);
  }

  @ParameterizedTest(name = "{0} then {1} -> {2}")
  @CsvSource({"talks,talk,talk", "talk,talks,talk", "zeta,alpha,alpha"})
  void surfaceTiesGoToTheAlphabeticallyFirstWhateverTheOrderSeen(
      String first, String second, String expected) {
    PhraseCandidates table = new PhraseCandidates();
    int[] stem = {table.stemId("x")};
    Candidate c = table.add(PhraseCandidates.key(stem, 0, 1), 1, 1.0);

    c.addSurface(PhraseCandidates.key(new int[] {table.wordId(first)}, 0, 1));
    c.addSurface(PhraseCandidates.key(new int[] {table.wordId(second)}, 0, 1));

    assertThat(table.surface(c)).isEqualTo(expected);
  }
}
