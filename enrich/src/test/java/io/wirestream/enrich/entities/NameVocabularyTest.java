package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVocabularyTest {

  @Test
  void sameWordGivesTheSameEntryWithItsClassAndHashes() {
    NameVocabulary vocabulary = new NameVocabulary(3);
    NameVocabulary.Word word = vocabulary.word("Yerevan");
    assertThat(vocabulary.word(new String("Yerevan"))).isSameAs(word);
    assertThat(word.wordClass).isEqualTo("ic");
    assertThat(word.hash).isEqualTo(FeatureTable.raw("Yerevan"));
    assertThat(word.classShift).isEqualTo(FeatureTable.shift(2));
  }

  @Test
  void decisionsLastUntilTheNextDocument() {
    NameVocabulary vocabulary = new NameVocabulary(3);
    NameVocabulary.Word acme = vocabulary.word("Acme");
    assertThat(vocabulary.decision(acme)).isNull();
    vocabulary.decide(acme, "organization-start");
    assertThat(vocabulary.decision(vocabulary.word("Acme"))).isEqualTo("organization-start");
    vocabulary.startDocument();
    assertThat(vocabulary.decision(vocabulary.word("Acme"))).isNull();
  }

  @Test
  void evictionKeepsTheWordsDecidedInTheCurrentDocument() {
    NameVocabulary vocabulary = new NameVocabulary(3);
    vocabulary.startDocument();
    vocabulary.decide(vocabulary.word("Pashinyan"), "person-start");
    for (int i = 0; i < 60_000; i++) {
      vocabulary.word("w" + i);
    }
    vocabulary.evictIfFull();
    NameVocabulary.Word kept = vocabulary.word("Pashinyan");
    assertThat(vocabulary.decision(kept)).isEqualTo("person-start");
  }
}
