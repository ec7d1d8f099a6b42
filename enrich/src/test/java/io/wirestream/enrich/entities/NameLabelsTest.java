package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLabelsTest {

  /**
   * Each row: one sentence's labels, and the names they spell as "from-to:type" (tokens {@code
   * [from, to)}), separated by ";".
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "other other other | ''",
        "person-unit other | 0-1:person",
        "person-start person-cont person-last other | 0-3:person",
        "other place-start place-last | 1-3:place",
        "person-unit place-unit | 0-1:person;1-2:place",
        "organization-start organization-last person-start person-last | 0-2:organization;2-4:person",
        // greedy decoding may leave a name open: it ends where its labels end
        "person-start other other | 0-1:person",
        "other place-start place-cont | 1-3:place",
        "person-start place-unit | 0-1:person;1-2:place",
        // a BIO model's labels
        "person-start person-cont other place-start | 0-2:person;3-4:place",
        "person-start person-start | 0-1:person;1-2:person",
      })
  void decodesTheNamesTheLabelsSpell(String labels, String names) {
    List<NameModel.Found> found = new ArrayList<>();
    NameLabels.decode(labels.split(" "), 10, found);

    List<String> written = new ArrayList<>();
    for (NameModel.Found name : found) {
      written.add((name.from() - 10) + "-" + (name.to() - 10) + ":" + name.type());
    }
    assertThat(String.join(";", written)).isEqualTo(names);
  }

  @ParameterizedTest(name = "{1} after {0}: {2}")
  @CsvSource({
    "person-start, person-cont, true",
    "person-start, person-last, true",
    "person-cont, person-last, true",
    "person-start, place-last, false",
    "other, person-cont, false",
    "person-last, person-cont, false",
    "person-unit, person-last, false",
    "person-start, other, true",
    "person-last, person-start, true",
    "other, place-unit, true",
  })
  void allowsContinuingLabelsOnlyInsideANameOfTheirType(
      String previous, String outcome, boolean valid) {
    assertThat(NameLabels.isValid(outcome, previous)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "other, true",
    "place-last, true",
    "place-unit, true",
    "place-start, false",
    "place-cont, false",
  })
  void knowsWhichLabelsLeaveNoNameOpen(String label, boolean closes) {
    assertThat(NameLabels.closesName(label)).isEqualTo(closes);
  }

  @ParameterizedTest
  @CsvSource({"person-cont", "person-last"})
  void allowsNoContinuingLabelAtTheSentenceStart(String outcome) {
    assertThat(NameLabels.isValid(outcome, null)).isFalse();
  }
}
