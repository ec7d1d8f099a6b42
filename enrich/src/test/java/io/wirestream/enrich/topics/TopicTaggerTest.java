package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopicTaggerTest {

  private static TopicTagger tagger;
  private static MediaTopicTaxonomy taxonomy;

  record Story(String id, String headline, String body, String main, List<String> expect) {
    @Override
    public String toString() {
      return id;
    }
  }

  @BeforeAll
  static void load() {
    tagger = TopicTagger.load();
    taxonomy = MediaTopicTaxonomy.load();
  }

  static Stream<Story> stories() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Story> stories = new ArrayList<>();
    try (InputStream in = TopicTaggerTest.class.getResourceAsStream("stories.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<String> expect = new ArrayList<>();
        node.get("expect").forEach(e -> expect.add(e.asText()));
        stories.add(
            new Story(
                node.get("id").asText(),
                node.get("headline").asText(),
                node.get("body").asText(),
                node.get("main").asText(),
                expect));
      }
    }
    return stories.stream();
  }

  private static Set<String> qcodes(List<Topic> topics) {
    return topics.stream().map(t -> t.getQcode().toString()).collect(Collectors.toSet());
  }

  private static String mainSubject(List<Topic> topics) {
    return topics.stream()
        .map(t -> t.getQcode().toString())
        .filter(TopicEvaluation::isSubject)
        .findFirst()
        .orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void storyGetsItsMainSubjectFirst(Story story) {
    List<Topic> topics = tagger.tag(story.headline(), story.body());
    assertThat(mainSubject(topics)).as(topics.toString()).isEqualTo(story.main());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void storyGetsAllExpectedSubjects(Story story) {
    List<Topic> topics = tagger.tag(story.headline(), story.body());
    assertThat(qcodes(topics)).as(topics.toString()).containsAll(story.expect());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void everyLevelTwoTopicBringsItsLevelOneParent(Story story) {
    List<Topic> topics = tagger.tag(story.headline(), story.body());
    Set<String> qcodes = qcodes(topics);
    for (Topic topic : topics) {
      MediaTopic concept = taxonomy.require(topic.getQcode().toString());
      assertThat(concept.level()).isBetween(1, 2);
      if (concept.level() == 2) {
        assertThat(qcodes).contains(concept.parent());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void scoresAreInUnitRangeBestFirstWithLabels(Story story) {
    List<Topic> topics = tagger.tag(story.headline(), story.body());
    assertThat(topics).isNotEmpty().hasSizeLessThanOrEqualTo(9);
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      assertThat(topic.getScore()).isBetween(0.0, 1.0);
      assertThat(topic.getLabel().toString())
          .isEqualTo(taxonomy.require(topic.getQcode().toString()).label());
      if (i > 0) {
        assertThat(topic.getScore()).isLessThanOrEqualTo(topics.get(i - 1).getScore());
      }
    }
  }

  @Test
  void warStoryCarriesLevelTwoArmedConflictUnderConflictSubject() throws IOException {
    Story war = stories().filter(s -> s.id().equals("war-border")).findFirst().orElseThrow();
    assertThat(qcodes(tagger.tag(war.headline(), war.body())))
        .contains("medtop:20000056", "medtop:16000000");
  }

  @Test
  void sameInputGivesSameOutput() throws IOException {
    Story story = stories().findFirst().orElseThrow();
    assertThat(tagger.tag(story.headline(), story.body()))
        .isEqualTo(tagger.tag(story.headline(), story.body()));
  }

  @Test
  void concurrentCallersGetTheSameAnswers() throws Exception {
    List<Story> all = stories().toList();
    List<List<Topic>> expected = all.stream().map(s -> tagger.tag(s.headline(), s.body())).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Topic>>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Story s : all) {
          futures.add(pool.submit(() -> tagger.tag(s.headline(), s.body())));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % all.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void textWithoutContentWordsGetsNoTopics() {
    assertThat(tagger.tag("", "")).isEmpty();
    assertThat(tagger.tag(null, "  the and of 2024 ")).isEmpty();
  }
}
