package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNamesTest {

  @TempDir static Path dir;

  private static List<String> compiled;
  private static final TrainingCorpus CORPUS = new TrainingCorpus();

  /** Adds a sentence {@code times} times, labelled with one mention or none. */
  private static void add(int times, String body, String type, String mention) {
    for (int t = 0; t < times; t++) {
      CORPUS.add(body, type, mention);
    }
  }

  @BeforeAll
  static void compile() throws IOException {
    add(6, "Norvatek said on Monday", "ORGANISATION", "Norvatek");
    add(6, "The Harbin Post said", "ORGANISATION", "The Harbin Post");
    add(4, "Selvo said", "ORGANISATION", "Selvo"); // too rare
    add(6, "the Kestrel Union said", "ORGANISATION", "Kestrel Union");
    add(6, "the Kestrel Union met", null, null); // as often left unlabelled
    add(6, "Dravo said", "ORGANISATION", "Dravo");
    add(6, "Anna Dravo said", "PERSON", "Anna Dravo"); // a person's name holds it as often
    add(6, "the Ombry Party said", "ORGANISATION", "Ombry Party");
    add(9, "the Grand Ombry Party said", "ORGANISATION", "Grand Ombry Party"); // inside: neutral
    add(6, "the Brigade said", "ORGANISATION", "Brigade");
    add(1, "a brigade of troops", null, null); // an ordinary word
    add(6, "the West Bank said", "ORGANISATION", "West Bank"); // a place in the gazetteer
    add(6, "General Ostrak said", "ORGANISATION", "General Ostrak"); // a title
    add(6, "the Velmar Cup began", "ORGANISATION", "Velmar Cup"); // an event
    add(6, "Marta Widgets said", "ORGANISATION", "Marta Widgets"); // a given name
    add(6, "the grain board of Lusk said", "ORGANISATION", "grain board of Lusk");
    CORPUS.writeTo(dir);
    OrganisationNames.compile(
        dir, dir.resolve(OrganisationNames.FILE), new GivenNames(Set.of("Marta")));
    compiled =
        Files.readAllLines(dir.resolve(OrganisationNames.FILE)).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
  }

  @ParameterizedTest(name = "{0} listed: {1}")
  @CsvSource({
    "Norvatek, true", // labelled an organisation often and nothing else
    "Harbin Post, true", // counted without its article
    "The Harbin Post, false",
    "Selvo, false", // too rare
    "Kestrel Union, false", // as often unlabelled
    "Dravo, false", // part of a person's name as often
    "Ombry Party, true", // inside a longer organisation's name does not count against it
    "Grand Ombry Party, true",
    "Brigade, false", // also an ordinary lower-case word
    "West Bank, false", // the gazetteer's place
    "General Ostrak, false", // holds a title
    "Velmar Cup, false", // an event
    "Marta Widgets, false", // holds a given name
    "grain board of Lusk, false" // ordinary words
  })
  void listsNamesLabelledAsOrganisations(String name, boolean listed) {
    assertThat(compiled.contains(name)).isEqualTo(listed);
  }

  @ParameterizedTest(name = "{0} at token {1}: ends at {2}")
  @CsvSource({
    "Officials of the Grand Ombry Party met, 3, 6", // the longest name
    "Officials of the Grand Ombry met, 3, 5",
    "Officials of the Grand Hotel met, 3, -1", // a prefix alone is no name
    "NATO's envoy, 0, 1", // the tokenizer's possessive is no part of it
    "the nato envoy, 1, -1" // names are written with capitals
  })
  void findsTheLongestKnownName(String text, int from, int end) {
    TextTokenizer tokenizer = TextTokenizer.load();
    OrganisationNames names =
        new OrganisationNames(List.of("Grand Ombry Party", "Grand Ombry", "NATO"), tokenizer);
    assertThat(names.matchEnd(tokenizer.tokenize("body", text), from)).isEqualTo(end);
  }
}
