package io.wirestream.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFrequenciesTest {

  private static DocumentFrequencies table(String rows) throws IOException {
    String text = "#documents\t1000\n" + rows.replace("|", "\t").replace(";", "\n");
    return DocumentFrequencies.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(
      name = "{0}: after a determiner {1}, after a verb cue {2} -> verb {3}, noun {4}")
  @CsvSource({
    // mostly after "to", "has", "they": a verb
    "protect, 1, 99, true, false",
    "said, 8, 119, true, false",
    // mostly after "the", "of": a noun
    "border, 56, 0, false, true",
    "police, 109, 23, false, true",
    // used both ways: neither
    "force, 13, 13, false, false",
    // too few contexts to tell
    "agree, 0, 2, false, false",
    "trophy, 4, 0, false, false",
  })
  void contextCountsTellVerbsFromNouns(
      String word, int nounContexts, int verbContexts, boolean verb, boolean noun)
      throws IOException {
    DocumentFrequencies table = table(word + "|50|" + nounContexts + "|" + verbContexts);
    assertThat(table.verb(word)).isEqualTo(verb);
    assertThat(table.noun(word)).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0} in {1} of 1000 items")
  @CsvSource({"common, 900", "rare, 3"})
  void rowsWithoutContextCountsStillGiveFrequencies(String word, int df) throws IOException {
    DocumentFrequencies table = table(word + "|" + df);
    assertThat(table.idf(word)).isLessThan(table.idf("never-seen"));
    assertThat(table.verb(word)).isFalse();
    assertThat(table.noun(word)).isFalse();
  }
}
