package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EntityTaggerTest {

  private static EntityTagger tagger;

  @BeforeAll
  static void load() {
    tagger = EntityTagger.load();
  }

  /** One case of tagger-cases.txt. */
  record Case(String name, String headline, String body, List<String> expectations) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    String name = null;
    String headline = "";
    String body = "";
    List<String> expectations = new ArrayList<>();
    try (InputStream in = EntityTaggerTest.class.getResourceAsStream("tagger-cases.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("case:")) {
          if (name != null) {
            cases.add(new Case(name, headline, body, expectations));
          }
          name = line.substring(5).strip();
          headline = "";
          body = "";
          expectations = new ArrayList<>();
        } else if (line.startsWith("headline:")) {
          headline = line.substring(9).strip();
        } else if (line.startsWith("body:")) {
          body = line.substring(5).strip().replace("\\n", "\n");
        } else if (line.startsWith("expect:")
            || line.startsWith("absent:")
            || line.strip().equals("none")) {
          expectations.add(line.strip());
        }
      }
    }
    cases.add(new Case(name, headline, body, expectations));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tagsAsTheTableSays(Case c) {
    List<Entity> entities = tagger.tag(c.headline(), c.body());
    assertThat(c.expectations()).as("case has expectations").isNotEmpty();
    for (String expectation : c.expectations()) {
      if (expectation.equals("none")) {
        assertThat(entities).as(c.name()).isEmpty();
        continue;
      }
      String[] f = expectation.substring(7).split("\\|");
      EntityType type = EntityType.valueOf(f[0].strip());
      String name = f[1].strip();
      Entity found =
          entities.stream()
              .filter(e -> e.getType() == type && e.getName().equals(name))
              .findFirst()
              .orElse(null);
      if (expectation.startsWith("absent:")) {
        assertThat(found).as("%s: no %s %s in %s", c.name(), type, name, entities).isNull();
        continue;
      }
      assertThat(found).as("%s: %s %s in %s", c.name(), type, name, entities).isNotNull();
      String code = f[2].strip();
      assertThat(found.getCode()).as("code of " + name).isEqualTo(code.equals("-") ? null : code);
      String count = f[3].strip();
      if (!count.equals("*")) {
        assertThat(found.getMentions()).as("mentions of " + name).hasSize(Integer.parseInt(count));
      }
    }
  }

  @Test
  void mergedMentionsCarryExactOffsetsAndTheirTitleWhileTheNameDropsIt() {
    String body = "President Ilham Aliyev arrived on Monday. Aliyev's aides said little.";
    Entity aliyev =
        tagger.tag("", body).stream()
            .filter(e -> e.getName().equals("Ilham Aliyev"))
            .findFirst()
            .orElseThrow();

    assertThat(aliyev.getType()).isEqualTo(EntityType.PERSON);
    assertThat(aliyev.getMentions())
        .extracting(Mention::getText, Mention::getBegin, Mention::getEnd, Mention::getField)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("President Ilham Aliyev", 0, 22, "body"),
            org.assertj.core.groups.Tuple.tuple("Aliyev", 42, 48, "body"));
    for (Mention m : aliyev.getMentions()) {
      assertThat(body.substring(m.getBegin(), m.getEnd())).isEqualTo(m.getText());
    }
  }

  @Test
  void entitiesAreOrderedBySalienceWithHeadlineEntitiesFirst() {
    List<Entity> entities =
        tagger.tag(
            "Fighting in Ukraine",
            "Officials in Kyiv said on Monday that fighting continued. Later, a spokesman in Berlin "
                + "said Germany would send aid to Ukraine.");

    assertThat(entities.get(0).getName()).isEqualTo("Ukraine");
    assertThat(entities).allSatisfy(e -> assertThat(e.getSalience()).isBetween(0.0, 1.0));
    for (int i = 1; i < entities.size(); i++) {
      assertThat(entities.get(i).getSalience())
          .isLessThanOrEqualTo(entities.get(i - 1).getSalience());
    }
  }

  @Test
  void emptyAndMissingFieldsGiveNoEntities() {
    assertThat(tagger.tag(null, null)).isEmpty();
    assertThat(tagger.tag("", "")).isEmpty();
  }

  @Test
  void concurrentCallersGetTheSameAnswers() throws Exception {
    List<String> bodies =
        List.of(
            "Azerbaijani President Ilham Aliyev met Armenian officials in Brussels.",
            "Georgia's governor spoke in Atlanta. Brian Kemp said the state would recover.",
            "Michael Jordan said Nike Inc. would sponsor the team in Chicago.");
    List<List<Entity>> expected = bodies.stream().map(b -> tagger.tag("", b)).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % bodies.size();
        results.add(pool.submit(() -> tagger.tag("", bodies.get(k)).equals(expected.get(k))));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sameInputGivesSameOutput() {
    String body = "Turkish President Recep Tayyip Erdogan met Iraqi officials in Ankara.";
    assertThat(tagger.tag("", body)).isEqualTo(tagger.tag("", body));
  }
}
