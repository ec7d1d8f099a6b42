package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachedTitlesTest {

  private static final TextTokenizer TOKENIZER = TextTokenizer.load();

  @TempDir static Path dir;

  private static AttachedTitles compiled;

  @BeforeAll
  static void compile() throws IOException {
    List<String[]> sentences =
        List.of(
            // "Mr." always stands inside the labelled name
            new String[] {"Mr. Quillon spoke .", "Mr. Quillon"},
            new String[] {"Mr. Velder left .", "Mr. Velder"},
            new String[] {"Mr. Ostrak won .", "Mr. Ostrak"},
            // "Foreign Minister" mostly stands outside it
            new String[] {"Foreign Minister Ana Ruiz spoke .", "Ana Ruiz"},
            new String[] {"Foreign Minister Tomas Pavlin left .", "Tomas Pavlin"},
            new String[] {"Foreign Minister Edda Vos won .", "Foreign Minister Edda Vos"},
            // too few to count, and a lower-case title says nothing
            new String[] {"Pope Jorin spoke .", "Pope Jorin"},
            new String[] {"the senator Ana Ruiz left .", "senator Ana Ruiz"});
    TrainingCorpus corpus = new TrainingCorpus();
    for (String[] s : sentences) {
      corpus.add(s[0], "PERSON", s[1]);
    }
    corpus.writeTo(dir);
    AttachedTitles.compile(dir, dir.resolve(AttachedTitles.FILE));
    List<String> titles =
        Files.readAllLines(dir.resolve(AttachedTitles.FILE)).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
    compiled = new AttachedTitles(TitleMatcher.load(), new HashSet<>(titles));
  }

  @Test
  void keepsTitlesTheLabelledNamesHoldMoreOftenThanNot() throws IOException {
    assertThat(Files.readAllLines(dir.resolve(AttachedTitles.FILE)))
        .filteredOn(l -> !l.startsWith("#"))
        .containsExactly("mr.");
  }

  /** Each row: a text, the token where the person's name starts, and where the mention starts. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Mr. Aliyev spoke ., 1, 0",
    "Israeli Mr. Aliyev spoke ., 2, 1",
    "Foreign Minister Ana Ruiz spoke ., 2, 2",
    "Ana Ruiz spoke ., 0, 0",
  })
  void aMentionStartsAtAnAttachedTitle(String text, int from, int expected) {
    assertThat(compiled.mentionStart(TOKENIZER.tokenize("body", text), from)).isEqualTo(expected);
  }
}
