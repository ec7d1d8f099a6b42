package io.wirestream.enrich.topics;

import io.wirestream.avro.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags a news story with IPTC Media Topics: level-1 subjects from a trained linear model blended
 * with cue-phrase evidence, then level-2 topics under the chosen subjects from the cue phrases.
 * Every level-2 topic comes with its level-1 parent, and the highest-scoring subject is the story's
 * main subject. Immutable and thread-safe; the output depends only on the input.
 */
public final class TopicTagger {

  /** Subjects below this blended score are not reported. */
  private static final double MIN_SUBJECT_SCORE = 0.3;

  /** A secondary subject must reach this share of the main subject's score. */
  private static final double MIN_SHARE_OF_MAIN = 0.5;

  private static final int MAX_SUBJECTS = 3;

  /**
   * A secondary subject the model ranks low is still reported when the cues speak for it clearly:
   * at least this much evidence and this share of the main subject's (a war story naming presidents
   * is also about politics).
   */
  private static final double MIN_CUE_EVIDENCE = 6.0;

  private static final double MIN_CUE_SHARE_OF_MAIN = 0.35;
  private static final double MAX_CUE_SCORE_SHARE = 0.9;

  private static final String WAR = "medtop:16000000";

  /**
   * Subjects no news-site section maps to, so that the model has next to no training for them:
   * disaster, labour, weather and war stories are filed under world or national news. For these the
   * cue phrases are the better judge.
   */
  private static final Set<String> SUBJECTS_WITHOUT_SECTIONS =
      Set.of("medtop:03000000", "medtop:09000000", "medtop:17000000", WAR);

  /**
   * One of those subjects is reported beside the model's choice when the cues speak for it more
   * than for any other subject, with at least this much evidence: a strong cue in the headline and
   * another in the body, or several in the body.
   */
  private static final double MIN_CUE_LEADER_EVIDENCE = 5.0;

  /**
   * A subject reported on cue evidence alone needs this much of it in the body, where there is one:
   * the story itself must speak of it, since headlines pun ("weathers the storm", "a flood of
   * complaints").
   */
  private static final double MIN_BODY_CUE_EVIDENCE = 2.0;

  /**
   * One of those subjects becomes the main subject, ahead of the model's choice, when its cues
   * outweigh the cues of the model's choice this many times over, the headline names it too, and
   * the model is not sure of its choice: a story about a rail strike or a flood is about labour or
   * the disaster even where the model, which learnt such stories only as world or national news,
   * calls it politics.
   */
  private static final double MIN_CUE_LEAD_OVER_MAIN = 2.0;

  /**
   * Above this score the model's choice stands: a politician's name it knows well outweighs a
   * passing word about unions or workers.
   */
  private static final double MAX_OVERRULED_SCORE = 0.8;

  /**
   * War's cue words are the commonest metaphors in news ("battle", "war" on anything), so war
   * overrules only a choice the model is unsure of: a drone or missile strike the model calls
   * technology or politics.
   */
  private static final double MAX_OVERRULED_BY_WAR = 0.5;

  /** The model's choice, when a cue leader takes its place, keeps this share of its score. */
  private static final double DISPLACED_MAIN_SHARE = 0.9;

  /** Cue evidence needed for a level-2 topic: one strong headline cue or two body cues. */
  private static final double MIN_CHILD_EVIDENCE = 1.5;

  private static final int MAX_CHILDREN_PER_SUBJECT = 2;

  /**
   * The cue lexicon's share of the subject score approaches this as evidence grows; it is half of
   * that at {@link #LEXICON_HALF_EVIDENCE}. Kept below the model's share: on labelled headlines the
   * model alone ranks better, but the cues are the only voice for subjects the training sections
   * lack (war, disasters, weather).
   */
  private static final double LEXICON_MAX_SHARE = 0.2;

  private static final double LEXICON_HALF_EVIDENCE = 12.0;

  private final MediaTopicTaxonomy taxonomy;
  private final TopicModel model;
  private final TopicLexicon lexicon;

  private TopicTagger(MediaTopicTaxonomy taxonomy, TopicModel model, TopicLexicon lexicon) {
    this.taxonomy = taxonomy;
    this.model = model;
    this.lexicon = lexicon;
  }

  /** Loads the bundled taxonomy, cue phrases and trained model from the classpath. */
  public static TopicTagger load() {
    MediaTopicTaxonomy taxonomy = MediaTopicTaxonomy.load();
    return new TopicTagger(taxonomy, TopicModel.load(), TopicLexicon.load(taxonomy));
  }

  static TopicTagger of(MediaTopicTaxonomy taxonomy, TopicModel model, TopicLexicon lexicon) {
    return new TopicTagger(taxonomy, model, lexicon);
  }

  /**
   * Topics of a story, best first: at most three level-1 subjects, each followed in score order by
   * up to two of its level-2 topics, all with scores in [0,1]. Empty when the text has no content
   * words.
   */
  public List<Topic> tag(String headline, String body) {
    List<String> headlineStems = TopicText.stems(headline);
    List<String> bodyStems = TopicText.stems(body);
    if (headlineStems.isEmpty() && bodyStems.isEmpty()) {
      return List.of();
    }
    Map<String, Double> evidence = lexicon.evidence(headlineStems, bodyStems);
    Map<String, Double> subjects = subjectScores(headlineStems, bodyStems, evidence);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(subjects.entrySet());
    ranked.sort(BY_SCORE_THEN_QCODE);
    Map.Entry<String, Double> cueLeader = cueLeader(evidence, bodyStems);
    promoteCueLeader(ranked, cueLeader, evidence, headlineStems);
    String main = ranked.get(0).getKey();
    double mainScore = ranked.get(0).getValue();
    double mainEvidence = evidence.getOrDefault(main, 0.0);
    List<Topic> topics = new ArrayList<>();
    topics.add(topic(main, mainScore));
    for (int i = 1; i < ranked.size() && topics.size() < MAX_SUBJECTS; i++) {
      String qcode = ranked.get(i).getKey();
      double score = ranked.get(i).getValue();
      double cues = evidence.getOrDefault(qcode, 0.0);
      if (score >= MIN_SUBJECT_SCORE && score >= MIN_SHARE_OF_MAIN * mainScore) {
        topics.add(topic(qcode, score));
      } else if (cues >= MIN_CUE_EVIDENCE
          && cues >= MIN_CUE_SHARE_OF_MAIN * mainEvidence
          && bodySpeaksOf(qcode, bodyStems)) {
        // Scored below the main subject whatever the cues say: outside promoteCueLeader the main
        // subject is the model's call.
        double share = Math.min(MAX_CUE_SCORE_SHARE, cues / mainEvidence);
        topics.add(topic(qcode, Math.max(score, mainScore * share)));
      }
    }
    addCueLeader(topics, cueLeader, mainScore);
    List<Topic> children = new ArrayList<>();
    for (Topic subject : topics) {
      children.addAll(children(subject, evidence));
    }
    topics.addAll(children);
    // A stable sort: on equal (rounded) scores a subject stays before its children and the main
    // subject first.
    topics.sort(Comparator.comparingDouble(Topic::getScore).reversed());
    return List.copyOf(topics);
  }

  /**
   * Puts the subject with the most cue evidence first in {@code ranked} when the model cannot know
   * it and the cues leave no doubt (see {@link #MIN_CUE_LEAD_OVER_MAIN}); it takes the main
   * subject's score, and the model's choice stays just below it.
   */
  private void promoteCueLeader(
      List<Map.Entry<String, Double>> ranked,
      Map.Entry<String, Double> cueLeader,
      Map<String, Double> evidence,
      List<String> headlineStems) {
    if (cueLeader == null) {
      return;
    }
    String leader = cueLeader.getKey();
    double most = cueLeader.getValue();
    Map.Entry<String, Double> main = ranked.get(0);
    if (leader.equals(main.getKey())
        || main.getValue() > (leader.equals(WAR) ? MAX_OVERRULED_BY_WAR : MAX_OVERRULED_SCORE)
        || most < MIN_CUE_LEAD_OVER_MAIN * evidence.getOrDefault(main.getKey(), 0.0)
        || !headlineSpeaksOf(leader, headlineStems)) {
      return;
    }
    ranked.removeIf(e -> e.getKey().equals(leader));
    ranked.set(0, Map.entry(main.getKey(), main.getValue() * DISPLACED_MAIN_SHARE));
    ranked.add(0, Map.entry(leader, main.getValue()));
  }

  /**
   * The level-1 subject with the most cue evidence (ties by qcode) when it is one the model cannot
   * know, its evidence reaches {@link #MIN_CUE_LEADER_EVIDENCE} and the body speaks of it; else
   * null.
   */
  private Map.Entry<String, Double> cueLeader(
      Map<String, Double> evidence, List<String> bodyStems) {
    Map.Entry<String, Double> strongest =
        evidence.entrySet().stream()
            .filter(e -> taxonomy.require(e.getKey()).level() == 1)
            .min(BY_SCORE_THEN_QCODE)
            .orElse(null);
    if (strongest == null
        || !SUBJECTS_WITHOUT_SECTIONS.contains(strongest.getKey())
        || strongest.getValue() < MIN_CUE_LEADER_EVIDENCE
        || !bodySpeaksOf(strongest.getKey(), bodyStems)) {
      return null;
    }
    return strongest;
  }

  /**
   * Reports the subject with the most cue evidence when the model cannot know it (a flood story the
   * model, trained on sections, calls politics is also about weather), below the main subject.
   */
  private void addCueLeader(
      List<Topic> topics, Map.Entry<String, Double> cueLeader, double mainScore) {
    if (cueLeader == null || topics.size() >= MAX_SUBJECTS) {
      return;
    }
    String leader = cueLeader.getKey();
    double most = cueLeader.getValue();
    for (Topic t : topics) {
      if (t.getQcode().toString().equals(leader)) {
        return;
      }
    }
    topics.add(topic(leader, mainScore * most / (most + MIN_CUE_LEADER_EVIDENCE)));
  }

  /** True when the headline has cues for the subject, or there is no headline to ask. */
  private boolean headlineSpeaksOf(String qcode, List<String> headlineStems) {
    return headlineStems.isEmpty()
        || lexicon.evidence(headlineStems, List.of()).getOrDefault(qcode, 0.0) > 0;
  }

  /** True when the body has cues for the subject, or there is no body to ask. */
  private boolean bodySpeaksOf(String qcode, List<String> bodyStems) {
    return bodyStems.isEmpty()
        || lexicon.evidence(List.of(), bodyStems).getOrDefault(qcode, 0.0) >= MIN_BODY_CUE_EVIDENCE;
  }

  /**
   * Blends model probabilities with the share of cue evidence; the more cues, the more the lexicon
   * counts.
   */
  private Map<String, Double> subjectScores(
      List<String> headlineStems, List<String> bodyStems, Map<String, Double> evidence) {
    double[] p = model.probabilities(TopicFeatures.of(headlineStems, bodyStems));
    List<String> classes = model.classes();
    double total = 0;
    for (String qcode : classes) {
      total += evidence.getOrDefault(qcode, 0.0);
    }
    double lambda = LEXICON_MAX_SHARE * total / (total + LEXICON_HALF_EVIDENCE);
    Map<String, Double> scores = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      String qcode = classes.get(c);
      double lexical = total > 0 ? evidence.getOrDefault(qcode, 0.0) / total : 0.0;
      scores.put(qcode, (1 - lambda) * p[c] + lambda * lexical);
    }
    return scores;
  }

  private List<Topic> children(Topic subject, Map<String, Double> evidence) {
    List<Map.Entry<String, Double>> candidates = new ArrayList<>();
    for (Map.Entry<String, Double> e : evidence.entrySet()) {
      MediaTopic topic = taxonomy.require(e.getKey());
      if (topic.level() == 2
          && topic.parent().equals(subject.getQcode().toString())
          && e.getValue() >= MIN_CHILD_EVIDENCE) {
        candidates.add(e);
      }
    }
    candidates.sort(BY_SCORE_THEN_QCODE);
    List<Topic> out = new ArrayList<>();
    for (int i = 0; i < candidates.size() && i < MAX_CHILDREN_PER_SUBJECT; i++) {
      double strength = candidates.get(i).getValue() / (candidates.get(i).getValue() + 2.0);
      out.add(topic(candidates.get(i).getKey(), subject.getScore() * strength));
    }
    return out;
  }

  private Topic topic(String qcode, double score) {
    double rounded = Math.round(Math.min(1.0, Math.max(0.0, score)) * 1000.0) / 1000.0;
    return new Topic(qcode, taxonomy.require(qcode).label(), rounded);
  }

  private static final Comparator<Map.Entry<String, Double>> BY_SCORE_THEN_QCODE =
      Map.Entry.<String, Double>comparingByValue()
          .reversed()
          .thenComparing(Map.Entry.comparingByKey());
}
