package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNounsTest {

  private static TextTokenizer tokenizer;
  private static PlaceNouns nouns;

  @BeforeAll
  static void load() {
    tokenizer = TextTokenizer.load();
    nouns = PlaceNouns.load(TitleMatcher.load());
  }

  /**
   * Each row: a text, the token taken by an earlier pass (-1 for none), and the places found, as
   * texts separated by ";" ("-" for none).
   */
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Troops entered the town of Ostravel overnight . | -1 | Ostravel",
        "Rebels attacked the village of Kem Tarav on Sunday . | -1 | Kem Tarav",
        "Floods hit Varnaq province and the Osk district . | -1 | Varnaq;Osk",
        "Floods hit the town of Ostravel Friday . | -1 | Ostravel",
        "Police raided a Serb-held village near the border . | -1 | -",
        "The mayor of the city of President Ruiz spoke . | -1 | -",
        "Floods hit the town of Ostravel overnight . | 5 | -",
        "Province officials met . | -1 | -",
        "The district of Columbia-based firm grew . | -1 | -",
        "Crowds filled Ostravel Square on Sunday . | -1 | Ostravel Square",
        "The Varnaq Sea froze . | -1 | Varnaq Sea",
        "Ships left the Varnaq Sea Company docks . | -1 | -",
        "Sea levels rose . | -1 | -",
        "Athletes moved into the Olympic village today . | -1 | -",
        "Troops patrol the Kurdish region . | -1 | -",
      })
  void aPlaceNounMakesTheNameBesideItAPlace(String text, int takenToken, String expected) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    boolean[] taken = new boolean[tokens.size()];
    if (takenToken >= 0) {
      taken[takenToken] = true;
    }
    List<String> found =
        nouns.find(tokens, taken).stream().map(span -> tokens.span(span[0], span[1])).toList();
    assertThat(found.isEmpty() ? "-" : String.join(";", found)).isEqualTo(expected.strip());
  }
}
