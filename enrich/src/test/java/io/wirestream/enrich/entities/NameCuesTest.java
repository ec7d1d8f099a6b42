package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCuesTest {

  private static TextTokenizer tokenizer;
  private static NameCues cues;

  @BeforeAll
  static void load() {
    tokenizer = TextTokenizer.load();
    PlaceGazetteer gazetteer = PlaceGazetteer.load(tokenizer);
    TitleMatcher titles = TitleMatcher.load();
    cues =
        NameCues.load(
            titles,
            OrganisationRules.load(gazetteer, titles),
            new OrganisationNames(List.of("Human Rights Watch"), tokenizer),
            gazetteer);
  }

  /**
   * Each row: a text, the token where a name may start, the end of the name finder's span starting
   * there (-1 for none), and the cued name found there as "type:text", or "none".
   */
  @ParameterizedTest(name = "{0} @{1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The famed surgeon Velma Oduya operated . | 3 | -1 | person:Velma Oduya",
        "Analysts at Morvan Stanek said . | 2 | 4 | organisation:Morvan Stanek",
        "Researchers at the Ostra Clinic found . | 3 | -1 | organisation:Ostra Clinic",
        "Doctors at Kabul said . | 2 | -1 | none",
        "Fans at Morvan Stanek cheered . | 2 | -1 | none",
        "The famed surgeon Velma Oduya operated . | 3 | 5 | person:Velma Oduya",
        "A spokeswoman , Orsolya Tamkin , said . | 3 | -1 | person:Orsolya Tamkin",
        "Her husband , Ivo Lund of the band Zeta , sang . | 3 | -1 | person:Ivo Lund",
        "A spokeswoman , Orsolya Tamkin said . | 3 | -1 | none",
        "The head of Norvia 's Energy Agency , Brisk Haldorsen , said . | 8 | -1 | person:Brisk Haldorsen",
        "The report of Norvia 's Energy Agency , Brisk Haldorsen , said . | 8 | -1 | none",
        "He met the lawyer Rashid al-Kubaisi today . | 4 | -1 | person:Rashid al-Kubaisi",
        "He met the lawyer Karim bin Talal today . | 4 | -1 | person:Karim bin Talal",
        "Gunmen seized the correspondent , Canadian Tomas Erling , today . | 5 | -1 | person:Tomas Erling",
        "The champion Lena Ostrova of Latvia won . | 2 | 6 | person:Lena Ostrova",
        "The spokesman Major General Ivo Brandt said . | 2 | -1 | none",
        "The spokesman Thursday said . | 2 | -1 | none",
        "The deputy Cabinet ministers met . | 2 | -1 | none",
        "The leader Human Rights Watch named . | 2 | -1 | none",
        "The newspaper La Voz Libre reported . | 2 | -1 | organisation:La Voz Libre",
        "The rebel group Sons of Ardent Liberty struck . | 3 | -1 | organisation:Sons of Ardent Liberty",
        "The company , Zentrix , said . | 3 | -1 | organisation:Zentrix",
        "A spokeswoman for the group , Nadia Verlo , said . | 6 | -1 | none",
        "He fired the head of the state company , Zentrix , today . | 9 | -1 | none",
        "He met the chairman of Norvia 's main party , Osk Lindahl , today . | 10 | -1 | none",
        "He met the speaker of Norvia 's parliament , Osk Lindahl , today . | 9 | -1 | person:Osk Lindahl",
        "He backed the Secretary of the dockers league , Osk Lindahl . | 9 | -1 | person:Osk Lindahl",
        "The newspaper Poland was cited . | 2 | -1 | none",
        "Officials said Velma Oduya left . | 2 | -1 | none",
        "The official Velma Oduya left . | 2 | -1 | none",
      })
  void cueNounsSayWhatKindOfNameFollows(String text, int from, int modelTo, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    NameModel.Found found = cues.find(tokens, from, modelTo);
    String actual =
        found == null ? "none" : found.type() + ":" + tokens.span(found.from(), found.to());
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * Each row: a text, the name finder's span (first token, end token, type), and the name as the
   * appositive after it retypes it, as "type:text", or "none".
   */
  @ParameterizedTest(name = "{0} [{1},{2}) {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Officials questioned Ivo Lund , an Internet journalist who vanished . | 2 | 4 | organisation | person:Ivo Lund",
        "They sold Zentrix , a carmaker , last year . | 2 | 3 | person | organisation:Zentrix",
        "He met Ivo Lund , the foreign minister of Norvia . | 2 | 4 | organisation | person:Ivo Lund",
        "Incomes in Lower Varnaq , the average income figure masks gaps . | 2 | 4 | organisation | none",
        "He met Ivo Lund , the lawyer . | 2 | 4 | person | none",
        "He met Ivo Lund , who is a lawyer . | 2 | 4 | organisation | none",
        "He visited Sweden , the first country to agree . | 2 | 3 | organisation | none",
      })
  void anAppositiveAfterANameSaysWhatKindItIs(
      String text, int from, int to, String type, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    NameModel.Found found = cues.retypedByAppositive(tokens, new NameModel.Found(from, to, type));
    String actual =
        found == null ? "none" : found.type() + ":" + tokens.span(found.from(), found.to());
    assertThat(actual).isEqualTo(expected.strip());
  }
}
