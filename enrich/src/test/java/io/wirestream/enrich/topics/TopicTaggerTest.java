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
import org.junit.jupiter.params.provider.CsvSource;
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

  /**
   * Stories a section-trained model files under politics, about subjects no news section covers:
   * the subject their cues point to most is reported too. Metaphors ("weathered the storm") stay
   * below the cue threshold.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "flood | Floods drive thousands from their homes in the north | Heavy rain since Sunday"
            + " has flooded riverside towns and forced 12,000 people from their homes, the governor"
            + " said. Forecasters expect more rain and strong winds through the weekend, and the"
            + " national weather service issued a flood warning for three more provinces."
            + " | medtop:17000000 | true",
        "strike | Dock workers walk out as pay talks with port operators fail | Thousands of dock"
            + " workers began a strike on Monday after the union rejected the operators' latest pay"
            + " offer. Union leaders said the walkout would continue until wages kept pace with"
            + " prices, and the labour minister urged both sides to return to talks."
            + " | medtop:09000000 | true",
        "metaphor | Senator weathers storm over leaked remarks | The senator said on Tuesday that"
            + " she would not resign after a recording of her remarks was leaked to reporters. Party"
            + " leaders backed her, and the committee she chairs will vote on the budget next week."
            + " | medtop:17000000 | false",
        "metaphor-main | Minister weathers storm over leaked memo | The interior minister survived"
            + " calls for her resignation on Wednesday after a leaked memo showed her department had"
            + " ignored warnings about visa fraud. The prime minister said she had his full"
            + " confidence, and a motion of censure was defeated in parliament by 40 votes."
            + " | medtop:17000000 | false",
      })
  void subjectTheModelCannotKnowIsAddedWhenItsCuesLead(
      String id, String headline, String body, String subject, boolean reported) {
    assertThat(qcodes(tagger.tag(headline, body)).contains(subject)).as(id).isEqualTo(reported);
  }

  /**
   * A labour story the model files under politics: the cues make labour the main subject, and the
   * model's choice stays as the second subject, scored below it.
   */
  @Test
  void cueLeaderTakesTheMainSubjectAndTheModelChoiceFollows() throws IOException {
    Story strike =
        stories().filter(s -> s.id().equals("dock-strike-wire")).findFirst().orElseThrow();
    List<String> subjects =
        tagger.tag(strike.headline(), strike.body()).stream()
            .map(t -> t.getQcode().toString())
            .filter(TopicEvaluation::isSubject)
            .toList();
    assertThat(subjects).startsWith("medtop:09000000", "medtop:11000000");
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
