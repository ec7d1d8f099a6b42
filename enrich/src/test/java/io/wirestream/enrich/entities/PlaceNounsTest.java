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
    nouns = PlaceNouns.load(TitleMatcher.load(), PlaceGazetteer.load(tokenizer));
  }

  /**
   * Each row: a text, the token taken by an earlier pass (-1 for none), and the places found, as
   * texts separated by ";" ("-" for none): by the nouns that outweigh the name finder ("the town
   * of", "... Sea", "... stadium"), then by "province" and "district", which read only names no
   * other pass took ("the House district" where the name finder took "House").
   */
  @ParameterizedTest(name = "{0} -> {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Troops entered the town of Ostravel overnight . | -1 | Ostravel | -",
        "Rebels attacked the village of Kem Tarav on Sunday . | -1 | Kem Tarav | -",
        "Floods hit Varnaq province and the Osk district . | -1 | - | Varnaq;Osk",
        "Floods hit the town of Ostravel Friday . | -1 | Ostravel | -",
        "Police raided a Serb-held village near the border . | -1 | - | -",
        "The mayor of the city of President Ruiz spoke . | -1 | - | -",
        "Floods hit the town of Ostravel overnight . | 5 | - | -",
        "Province officials met . | -1 | - | -",
        "The district of Columbia-based firm grew . | -1 | - | -",
        "Crowds filled Ostravel Square on Sunday . | -1 | Ostravel Square | -",
        "The Varnaq Sea froze . | -1 | Varnaq Sea | -",
        "Fans filled the Ostra Vell stadium . | -1 | Ostra Vell | -",
        "Oil reached the German Varnaq Sea coast . | -1 | Varnaq Sea | -",
        "Ships crossed the Indian Ocean . | -1 | Indian Ocean | -",
        "Troops left Afghan Varnaq province . | -1 | - | Varnaq",
        "Fires charred the Sangre de Ostra Mountains . | -1 | - | -",
        "Voters in the House district chose . | 3 | - | -",
        "Ships left the Varnaq Sea Company docks . | -1 | - | -",
        "Sea levels rose . | -1 | - | -",
        "Athletes moved into the Olympic village today . | -1 | - | -",
        "Troops patrol the Kurdish region . | -1 | - | -",
      })
  void aPlaceNounMakesTheNameBesideItAPlace(
      String text, int takenToken, String overNames, String afterOthers) {
    Tokens tokens = tokenizer.tokenize("body", text.strip());
    boolean[] taken = new boolean[tokens.size()];
    if (takenToken >= 0) {
      taken[takenToken] = true;
    }
    assertThat(found(tokens, taken, true)).isEqualTo(overNames.strip());
    assertThat(found(tokens, taken, false)).isEqualTo(afterOthers.strip());
  }

  private static String found(Tokens tokens, boolean[] taken, boolean overNames) {
    List<String> found =
        nouns.find(tokens, taken, overNames).stream()
            .map(span -> tokens.span(span[0], span[1]))
            .toList();
    return found.isEmpty() ? "-" : String.join(";", found);
  }
}
