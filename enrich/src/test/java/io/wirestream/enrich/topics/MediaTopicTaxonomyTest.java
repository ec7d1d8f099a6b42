package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTopicTaxonomyTest {

  private static final MediaTopicTaxonomy TAXONOMY = MediaTopicTaxonomy.load();

  @Test
  void bundledVocabularyHasSeventeenSubjects() {
    assertThat(TAXONOMY.subjects()).hasSize(17);
    assertThat(TAXONOMY.subjects()).allMatch(MediaTopic::isSubject);
    assertThat(TAXONOMY.size()).isGreaterThan(1000);
  }

  @ParameterizedTest(name = "{0} is ''{1}'' under {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "medtop:16000000|conflict, war and peace|1|''",
        "medtop:20000056|armed conflict|2|medtop:16000000",
        "medtop:15000000|sport|1|''",
        "medtop:20000574|election|2|medtop:11000000"
      })
  void conceptsHaveLabelLevelAndParent(String qcode, String label, int level, String parent) {
    MediaTopic topic = TAXONOMY.require(qcode);
    assertThat(topic.label()).isEqualTo(label);
    assertThat(topic.level()).isEqualTo(level);
    assertThat(topic.parent()).isEqualTo(parent);
  }

  @ParameterizedTest(name = "{0} at level {1} is {2}")
  @CsvSource({"medtop:20000056,1,medtop:16000000", "medtop:16000000,1,medtop:16000000"})
  void ancestorAtLevelWalksUpTheTree(String qcode, int level, String expected) {
    assertThat(TAXONOMY.ancestorAt(qcode, level).qcode()).isEqualTo(expected);
  }

  @Test
  void deepConceptsReachTheirLevelTwoAncestor() {
    MediaTopic football =
        TAXONOMY.all().stream().filter(t -> t.label().equals("football")).findFirst().orElseThrow();
    assertThat(football.level()).isGreaterThan(2);
    assertThat(TAXONOMY.ancestorAt(football.qcode(), 1).qcode()).isEqualTo("medtop:15000000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "too few columns|medtop:01000000\\t1",
        "level not a number|medtop:01000000\\tone\\t\\tarts\\tdef",
        "unknown parent|medtop:20000002\\t2\\tmedtop:99000000\\tarts\\tdef"
      })
  void malformedVocabularyIsRejectedWithItsLine(String why, String row) {
    String tsv =
        "qcode\tlevel\tparent\tprefLabel_en\tdefinition_en\n" + row.replace("\\t", "\t") + "\n";
    assertThatThrownBy(
            () ->
                MediaTopicTaxonomy.read(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void unknownQcodeIsReported() {
    assertThat(TAXONOMY.get("medtop:99999999")).isEmpty();
    assertThatThrownBy(() -> TAXONOMY.require("medtop:99999999"))
        .hasMessageContaining("medtop:99999999");
  }
}
