package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClubNamesTest {

  private static TextTokenizer tokenizer;
  private static ClubNames clubs;

  @BeforeAll
  static void load() {
    tokenizer = TextTokenizer.load();
    clubs = ClubNames.load(PlaceGazetteer.load(tokenizer));
  }

  /** Each row: a text and the club names found in it, separated by ";" ("-" for none). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Real Madrid beat Valencia on Sunday . | Real Madrid",
        "The striker left Atletico Madrid for Bayern Munich . | Atletico Madrid;Bayern Munich",
        "Fans of Manchester United and Blackburn Rovers clashed . | Manchester United;Blackburn Rovers",
        "Real GDP grew by two percent . | -",
        "Flights to Mexico City and Kansas City resumed . | -",
        "The United Nations met in Geneva . | -",
        "Real Madrid Stadium was full . | -",
        "North Manchester United the rivals . | -",
      })
  void aClubWordBesideAKnownPlaceNamesAClub(String text, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    List<String> found =
        clubs.find(tokens).stream().map(span -> tokens.span(span[0], span[1])).toList();
    assertThat(found.isEmpty() ? "-" : String.join(";", found)).isEqualTo(expected.strip());
  }
}
