package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNamesTest {

  @TempDir static Path dir;

  private static List<String> compiled;

  @BeforeAll
  static void compile() throws IOException {
    List<String[]> mentions = new ArrayList<>();
    for (String surname : List.of("Quillon", "Velder", "Ostrak", "Pavlin")) {
      mentions.add(new String[] {"PERSON", "Marta " + surname}); // opens four person names
      mentions.add(new String[] {"PERSON", "President Tomas " + surname}); // title cut first
      mentions.add(new String[] {"PERSON", "Jorin " + surname});
      mentions.add(new String[] {"ORGANISATION", "Jorin " + surname + " Holdings"});
      mentions.add(new String[] {"PERSON", "Mr. " + surname}); // a title is no given name
    }
    mentions.add(new String[] {"PERSON", "Edda Quillon"}); // opens one name only
    TrainingCorpus corpus = new TrainingCorpus();
    for (String[] m : mentions) {
      corpus.add(m[1], m[0], m[1]); // the mention is the whole sentence
    }
    corpus.writeTo(dir);
    GivenNames.compile(dir, dir.resolve(GivenNames.FILE));
    compiled =
        Files.readAllLines(dir.resolve(GivenNames.FILE)).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
  }

  @ParameterizedTest(name = "{0} listed: {1}")
  @CsvSource({
    "Marta, true", // opens person names often
    "Tomas, true", // after the title is cut
    "Jorin, false", // opens organisations as often as people
    "Mr., false", // a title
    "Edda, false", // too rare
    "Quillon, false" // a surname
  })
  void listsWordsThatOpenPeoplesNames(String word, boolean listed) {
    assertThat(compiled.contains(word)).isEqualTo(listed);
  }
}
