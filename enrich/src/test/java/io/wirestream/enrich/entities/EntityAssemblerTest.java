package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityAssemblerTest {

  private static final TextTokenizer TOKENIZER = TextTokenizer.load();

  /** Titles of address as the training text would give them; "Foreign Minister" is not one. */
  private static final EntityAssembler ASSEMBLER =
      new EntityAssembler(
          new AttachedTitles(TitleMatcher.load(), Set.of("mr.", "president", "prime minister")));

  private static List<Candidate> candidates(Tokens tokens, String mentions) {
    List<Candidate> candidates = new ArrayList<>();
    for (String m : mentions.strip().split(";")) {
      String[] f = m.strip().split("[ -]");
      candidates.add(
          Candidate.of(
              EntityType.valueOf(f[0]), tokens, Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    return candidates;
  }

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
    List<Candidate> candidates = candidates(tokens, mentions);
    List<String> entities =
        ASSEMBLER.assemble(candidates, text.strip().length()).stream()
            .map(e -> e.getType() + ":" + e.getName() + ":" + e.getMentions().size())
            .sorted()
            .toList();
    assertThat(entities).containsExactlyElementsOf(List.of(expected.strip().split(";")));
  }

  /**
   * Each row: a text, its mentions as token spans, the mention texts of the person, and the
   * person's name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Israeli Prime Minister Ana Ruiz spoke . Mr. Ruiz left . | PERSON 3-5;PERSON 8-9"
            + " | Prime Minister Ana Ruiz;Mr. Ruiz | Ana Ruiz",
        // a job description stays outside the mention
        "Foreign Minister Ana Ruiz spoke .  | PERSON 2-4 | Ana Ruiz | Ana Ruiz",
        // only a capitalised title is the person's
        "the president Ana Ruiz spoke .     | PERSON 2-4 | Ana Ruiz | Ana Ruiz",
        // a title another mention holds stays with it
        "Acme President Ana Ruiz spoke .    | ORGANISATION 0-2;PERSON 2-4 | Ana Ruiz | Ana Ruiz",
      })
  void personMentionsKeepTheirTitleOfAddressAndTheNameDropsIt(
      String text, String mentions, String expectedMentions, String expectedName) {
    Tokens tokens = TOKENIZER.tokenize("body", text.strip());
    List<Candidate> candidates = candidates(tokens, mentions);

    Entity person =
        ASSEMBLER.assemble(candidates, text.strip().length()).stream()
            .filter(e -> e.getName().toString().equals(expectedName.strip()))
            .findFirst()
            .orElseThrow();

    assertThat(person.getMentions().stream().map(m -> m.getText().toString()))
        .containsExactly(expectedMentions.strip().split(";"));
  }
}
