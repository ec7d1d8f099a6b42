package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationRulesTest {

  private static TextTokenizer tokenizer;
  private static OrganisationRules rules;

  @BeforeAll
  static void load() {
    tokenizer = TextTokenizer.load();
    rules = OrganisationRules.load(PlaceGazetteer.load(tokenizer), TitleMatcher.load());
  }

  /** Each row: a text and the organisation shapes found in it, separated by ";" ("-" for none). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Zentrix Holdings shares fell . | Zentrix Holdings",
        "He spoke for the Ministry of Defence today . | Ministry of Defence",
        "He joined the Liberal Party of Norvia in 1990 . | Liberal Party of Norvia",
        "Students at the Polytechnic University of Ostravel marched . | Polytechnic University of Ostravel",
        "The Unity Movement of Palestinian President Ivo Lund met . | Unity Movement",
        "Chilean and Organization of American States observers left . | Organization of American States",
        "Zentrix and Velder Holdings signed . | Zentrix and Velder Holdings",
        "Ostrava and Velder Holdings signed . | Velder Holdings",
        "The weather was fine . | -",
      })
  void organisationShapesAreFound(String text, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    List<String> found =
        rules.find(tokens).stream().map(span -> tokens.span(span[0], span[1])).toList();
    assertThat(found.isEmpty() ? "-" : String.join(";", found)).isEqualTo(expected.strip());
  }
}
