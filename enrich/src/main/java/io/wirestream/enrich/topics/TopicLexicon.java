package io.wirestream.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cue phrases for IPTC Media Topics: the taxonomy's own labels (every concept below level 1 counts
 * for its level-2 ancestor) plus the hand-written news vocabulary in {@code topic-keywords.tsv}.
 * Matching is on word stems, so one entry covers its inflections. Gives the evidence for topics
 * that the section-labelled training data lacks (war, disasters, labour, weather) and picks level-2
 * topics under the chosen subjects. Immutable and thread-safe.
 */
final class TopicLexicon {

  static final String RESOURCE = "/io/wirestream/enrich/topics/topic-keywords.tsv";

  /** Weight of a phrase that comes from a taxonomy label rather than from the keyword list. */
  private static final double LABEL_WEIGHT = 1.0;

  /** Headline words say more about the story than body words. */
  private static final double HEADLINE_FACTOR = 2.0;

  /**
   * One cue: a stem sequence pointing at a level-1 or level-2 topic. The id fixes the order in
   * which evidence is summed, so that scores do not depend on hash order.
   */
  private record Cue(int id, String[] stems, String qcode, double weight) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Cue other && other.id == id;
    }

    @Override
    public int hashCode() {
      return id;
    }
  }

  private final MediaTopicTaxonomy taxonomy;
  private final Map<String, List<Cue>> byFirstStem;

  private TopicLexicon(MediaTopicTaxonomy taxonomy, Map<String, List<Cue>> byFirstStem) {
    this.taxonomy = taxonomy;
    this.byFirstStem = byFirstStem;
  }

  static TopicLexicon load(MediaTopicTaxonomy taxonomy) {
    try (InputStream in = TopicLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return read(taxonomy, in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  static TopicLexicon read(MediaTopicTaxonomy taxonomy, InputStream in, String source)
      throws IOException {
    Map<String, Cue> cues = new HashMap<>(); // key: stems + target, keeps the highest weight
    Set<String> ambiguousLabels = new HashSet<>();
    List<String[]> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": expected qcode, weight and phrases");
      }
      if (cols[0].equals("-")) {
        for (String label : cols[2].split(";")) {
          ambiguousLabels.add(label.strip().toLowerCase(Locale.ROOT));
        }
        continue;
      }
      MediaTopic topic =
          taxonomy
              .get(cols[0])
              .orElseThrow(
                  () -> new IllegalArgumentException(source + ": unknown qcode " + cols[0]));
      if (topic.level() > 2) {
        throw new IllegalArgumentException(source + ": " + cols[0] + " is below level 2");
      }
      rows.add(cols);
    }
    for (String[] cols : rows) {
      double weight = Double.parseDouble(cols[1]);
      for (String phrase : cols[2].split(";")) {
        addCue(cues, phrase, cols[0], weight);
      }
    }
    for (MediaTopic topic : taxonomy.all()) {
      if (topic.level() < 2) {
        continue;
      }
      String label = topic.label().toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").strip();
      if (!ambiguousLabels.contains(label)
          && !ambiguousLabels.contains(topic.label().toLowerCase(Locale.ROOT))) {
        addCue(cues, label, taxonomy.ancestorAt(topic.qcode(), 2).qcode(), LABEL_WEIGHT);
      }
    }
    Map<String, List<Cue>> byFirst = new HashMap<>();
    List<String> keys = new ArrayList<>(cues.keySet());
    keys.sort(null);
    for (int id = 0; id < keys.size(); id++) {
      Cue cue = cues.get(keys.get(id));
      byFirst
          .computeIfAbsent(cue.stems()[0], k -> new ArrayList<>())
          .add(new Cue(id, cue.stems(), cue.qcode(), cue.weight()));
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    return new TopicLexicon(taxonomy, Map.copyOf(byFirst));
  }

  private static void addCue(Map<String, Cue> cues, String phrase, String qcode, double weight) {
    List<String> stems = TopicText.stems(phrase);
    if (stems.isEmpty()) {
      return; // a phrase of function words only cannot be matched
    }
    String key = String.join(" ", stems) + "|" + qcode;
    Cue existing = cues.get(key);
    if (existing == null || existing.weight() < weight) {
      cues.put(key, new Cue(-1, stems.toArray(String[]::new), qcode, weight));
    }
  }

  /** Evidence per topic qcode (level 1 and level 2; a level-2 hit also counts for its parent). */
  Map<String, Double> evidence(List<String> headlineStems, List<String> bodyStems) {
    Map<Cue, Double> hits = new HashMap<>();
    count(headlineStems, HEADLINE_FACTOR, hits);
    count(bodyStems, 1.0, hits);
    List<Map.Entry<Cue, Double>> ordered = new ArrayList<>(hits.entrySet());
    ordered.sort((a, b) -> Integer.compare(a.getKey().id(), b.getKey().id()));
    Map<String, Double> evidence = new HashMap<>();
    for (Map.Entry<Cue, Double> hit : ordered) {
      Cue cue = hit.getKey();
      // Repeats add evidence with diminishing returns, so one word said ten times cannot outvote
      // the rest.
      double value = cue.weight() * (1.0 + Math.log(Math.max(1.0, hit.getValue())));
      evidence.merge(cue.qcode(), value, Double::sum);
      MediaTopic topic = taxonomy.require(cue.qcode());
      if (!topic.isSubject()) {
        evidence.merge(topic.parent(), value, Double::sum);
      }
    }
    return evidence;
  }

  /**
   * Counts the cues found in {@code stems}, longest first: words inside a longer cue do not count
   * on their own ("star wars" is a film, not a war; "european union" is no trade union).
   */
  private void count(List<String> stems, double factor, Map<Cue, Double> hits) {
    int i = 0;
    while (i < stems.size()) {
      List<Cue> candidates = byFirstStem.get(stems.get(i));
      int longest = 0;
      if (candidates != null) {
        for (Cue cue : candidates) {
          if (matchesAt(cue.stems(), stems, i)) {
            longest = Math.max(longest, cue.stems().length);
          }
        }
        for (Cue cue : candidates) {
          if (cue.stems().length == longest && matchesAt(cue.stems(), stems, i)) {
            hits.merge(cue, factor, Double::sum);
          }
        }
      }
      i += Math.max(1, longest);
    }
  }

  private static boolean matchesAt(String[] phrase, List<String> stems, int start) {
    if (start + phrase.length > stems.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(stems.get(start + k))) {
        return false;
      }
    }
    return true;
  }

  int size() {
    int n = 0;
    for (List<Cue> list : byFirstStem.values()) {
      n += list.size();
    }
    return n;
  }
}
