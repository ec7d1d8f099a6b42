package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicLexiconTest {

  private static final String DISASTER = "medtop:03000000";
  private static final String LABOUR = "medtop:09000000";
  private static final String CONFLICT = "medtop:16000000";
  private static final String WEATHER = "medtop:17000000";

  private static TopicLexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = TopicLexicon.load(MediaTopicTaxonomy.load());
  }

  private static Map<String, Double> evidence(String headline) {
    return lexicon.evidence(TopicText.stems(headline), List.of());
  }

  @ParameterizedTest(name = "\"{0}\" gives no evidence for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'Star Wars' sequel tops the box office | medtop:16000000",
        "European Union ministers meet in Brussels | medtop:09000000",
        "President to give State of the Union address | medtop:09000000",
        "Rookie strikes out the league's best hitter | medtop:09000000",
        "Floods force thousands from their homes | medtop:16000000",
        "Fans hail the singer's comeback album | medtop:17000000",
        "Senator apologises for offensive remarks | medtop:16000000",
      })
  void wordsInsideALongerCueOrOfAnotherSenseDoNotCount(String headline, String qcode) {
    assertThat(evidence(headline)).doesNotContainKey(qcode);
  }

  @ParameterizedTest(name = "\"{0}\" is evidence for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Teachers went on strike over pay | " + LABOUR,
        "Trade unions call a general strike | " + LABOUR,
        "Army launches ground offensive in the north | " + CONFLICT,
        "Security forces clash with rebels | " + CONFLICT,
        "Hailstorm and heavy rain batter the capital | " + WEATHER,
        "Rising water forces thousands from homes | " + DISASTER,
        "Rain forces 20,000 people from their homes | " + DISASTER,
        "Hundreds left homeless after river bursts its banks | " + DISASTER,
      })
  void newsPhrasesAreEvidence(String headline, String qcode) {
    assertThat(evidence(headline)).containsKey(qcode);
  }

  @Test
  void aLongerCueCountsOnceNotAlsoAsItsWords() {
    Map<String, Double> once = evidence("Trade union leaders meet");
    Map<String, Double> twice = evidence("Trade union leaders meet the trade union");
    assertThat(twice.get(LABOUR)).isGreaterThan(once.get(LABOUR));
  }
}
