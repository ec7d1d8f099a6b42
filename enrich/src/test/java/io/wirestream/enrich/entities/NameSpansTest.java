package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpansTest {

  private static TextTokenizer tokenizer;
  private static NameSpans spans;

  @BeforeAll
  static void load() {
    tokenizer = TextTokenizer.load();
    PlaceGazetteer gazetteer = PlaceGazetteer.load(tokenizer);
    TitleMatcher titles = TitleMatcher.load();
    spans =
        new NameSpans(
            PlaceResolver.load(),
            titles,
            OrganisationRules.load(gazetteer, titles),
            new OrganisationNames(List.of("Human Rights Watch"), tokenizer),
            gazetteer,
            new GivenNames(Set.of("Marta", "Tomas")));
  }

  /**
   * Each row: a text, the name finder's span (first token, end token, type), and the names it
   * becomes, written as their types and texts separated by ";".
   */
  @ParameterizedTest(name = "{0} [{1},{2}) {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Lawyers for Marta Quillon 's family appealed . | 2 | 5 | person | person:Marta Quillon",
        "Quillon 's doctors were not asked . | 0 | 2 | organisation | organisation:Quillon",
        "Envoys of Norvia and Vestria met . | 2 | 4 | place | place:Norvia",
        "The Bank of Norvia said . | 1 | 4 | organisation | organisation:Bank of Norvia",
        "The Peasants 's Union of Norvia marched . | 1 | 6 | organisation | organisation:Peasants 's Union of Norvia",
        "Zentrix Holdings 's chief resigned . | 0 | 3 | organisation | organisation:Zentrix Holdings",
        "Talks between India and Pakistan resumed . | 2 | 5 | organisation | place:India;place:Pakistan",
        "Flights to Lisbon , Madrid and Rome stopped . | 2 | 7 | place | place:Lisbon;place:Madrid;place:Rome",
        "Bosnia and Herzegovina voted . | 0 | 3 | place | place:Bosnia and Herzegovina",
        "Velder and Pakistan signed . | 0 | 3 | organisation | organisation:Velder and Pakistan",
        "The U.N. 's Refugee Agency warned . | 1 | 5 | organisation | organisation:U.N.;organisation:Refugee Agency",
        "General Tomas Velder spoke . | 0 | 3 | organisation | person:Tomas Velder",
        "General Motors Corp. said . | 0 | 3 | organisation | organisation:General Motors Corp.",
        "General Dynamics said . | 0 | 2 | organisation | organisation:General Dynamics",
        "Lawyers for Marta Quillon appealed . | 2 | 4 | organisation | person:Marta Quillon",
        "Lawyers for Marta Quillon appealed . | 2 | 4 | place | person:Marta Quillon",
        "Tomas Velder Pavlin Ostrak left . | 0 | 4 | organisation | organisation:Tomas Velder Pavlin Ostrak",
        "Marta Quillon Holdings fell . | 0 | 3 | organisation | organisation:Marta Quillon Holdings",
        "Quillon Marta said . | 0 | 2 | organisation | organisation:Quillon Marta",
        "They trailed Italian Marta Quillon today . | 2 | 5 | place | place:Italian;person:Marta Quillon",
        "They met Egyptian Ambassador Karim al-Tawil today . | 2 | 6 | organisation | place:Egyptian;person:Karim al-Tawil",
        "The American Red Cross helped . | 1 | 4 | organisation | organisation:American Red Cross",
        "They trailed Italian Quillon Velder today . | 2 | 5 | place | place:Italian Quillon Velder",
        "Lawyers for Marta al-Quillon appealed . | 2 | 3 | person | person:Marta al-Quillon",
        "Lawyers for Marta Quillon-Velder appealed . | 2 | 3 | person | person:Marta",
      })
  void modelSpansBecomeNames(String text, int from, int to, String type, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    List<String> names =
        spans.refine(tokens, List.of(new NameModel.Found(from, to, type))).stream()
            .map(n -> n.type() + ":" + tokens.span(n.from(), n.to()))
            .toList();
    assertThat(names).containsExactly(expected.strip().split(";"));
  }
}
