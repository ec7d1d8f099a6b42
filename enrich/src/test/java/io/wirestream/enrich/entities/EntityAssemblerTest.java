package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityAssemblerTest {

  private static final TextTokenizer TOKENIZER = TextTokenizer.load();

  /**
   * Each row: a text, its mentions as "TYPE from-to" token spans separated by ";", and the entities
   * expected, as "TYPE:name:mention count" separated by ";".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a full name once read as a person keeps that type where it was read as an organisation
        "Marta Quillon won . Marta Quillon said no . | PERSON 0-2;ORGANISATION 4-6"
            + " | PERSON:Marta Quillon:2",
        // ... and where it was read as an unknown place
        "Marta Quillon won . Marta Quillon said no . | PERSON 0-2;PLACE 4-6 | PERSON:Marta Quillon:2",
        // a bare surname joins the full name, whatever type it was given
        "Marta Quillon won . Quillon said no .       | PERSON 0-2;ORGANISATION 4-5"
            + " | PERSON:Marta Quillon:2",
        // an organisation that merely shares a word with a person stays an organisation
        "Marta Quillon won . Quillon Holdings fell . | PERSON 0-2;ORGANISATION 4-6"
            + " | ORGANISATION:Quillon Holdings:1;PERSON:Marta Quillon:1",
      })
  void mentionsJoinTheEntityTheyName(String text, String mentions, String expected) {
    Tokens tokens = TOKENIZER.tokenize("body", text.strip());
    List<Candidate> candidates = new ArrayList<>();
    for (String m : mentions.strip().split(";")) {
      String[] f = m.strip().split("[ -]");
      candidates.add(
          new Candidate(
              EntityType.valueOf(f[0]),
              tokens,
              Integer.parseInt(f[1]),
              Integer.parseInt(f[2]),
              null,
              false,
              null));
    }
    List<String> entities =
        new EntityAssembler()
            .assemble(candidates, text.strip().length()).stream()
                .map(e -> e.getType() + ":" + e.getName() + ":" + e.getMentions().size())
                .sorted()
                .toList();
    assertThat(entities).containsExactlyElementsOf(List.of(expected.strip().split(";")));
  }
}
