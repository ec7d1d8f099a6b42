package io.wirestream.enrich.entities;

import io.wirestream.avro.Entity;
import io.wirestream.avro.Mention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of the entity tagger against labelled items, per type and overall. Per
 * document, system and gold mentions are compared as sets of (type, mention text): a name mentioned
 * three times counts once. Pure: the caller supplies items and tagger.
 *
 * <p>Gold mentions are taken as labelled: a person labelled "President Bush" is matched by that
 * mention text only. Optionally, demonyms ("British") can be left out on both sides, for corpora
 * that do not label nationalities as places.
 */
public final class EntityEvaluation {

  /** Counts for one type or overall. */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(
          truePositives + o.truePositives,
          falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
  }

  /** Scores per type (PERSON, PLACE, ORGANISATION) and overall. */
  public record Report(Map<String, Score> byType, Score overall) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      byType.forEach(
          (type, score) -> sb.append(String.format(Locale.ROOT, "%-13s %s%n", type, score)));
      sb.append(String.format(Locale.ROOT, "%-13s %s%n", "overall", overall));
      return sb.toString();
    }
  }

  private static final List<String> TYPES = List.of("PERSON", "PLACE", "ORGANISATION");

  private final Predicate<String> excluded;

  /** Most frequent errors, kept for development ("FP PLACE\tBritish" -> count). */
  private final Map<String, Integer> errors = new java.util.HashMap<>();

  /**
   * @param excluded mention texts left out on both sides (e.g. demonyms); never matches when null
   */
  public EntityEvaluation(Predicate<String> excluded) {
    this.excluded = excluded == null ? text -> false : excluded;
  }

  public Report evaluate(List<LabelledCorpus.Item> items, EntityTagger tagger) {
    Map<String, Score> byType = new LinkedHashMap<>();
    TYPES.forEach(t -> byType.put(t, new Score(0, 0, 0)));
    for (LabelledCorpus.Item item : items) {
      Set<String> gold = goldSet(item);
      Set<String> system = systemSet(tagger.tag(item.headline(), item.body()));
      for (String type : TYPES) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String s : system) {
          if (s.startsWith(type + "\t")) {
            if (gold.contains(s)) {
              tp++;
            } else {
              fp++;
              errors.merge("FP " + s, 1, Integer::sum);
            }
          }
        }
        for (String g : gold) {
          if (g.startsWith(type + "\t") && !system.contains(g)) {
            fn++;
            errors.merge("FN " + g, 1, Integer::sum);
          }
        }
        byType.merge(type, new Score(tp, fp, fn), Score::plus);
      }
    }
    Score overall = byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    return new Report(byType, overall);
  }

  /** The {@code n} most frequent false positives and negatives seen so far. */
  public List<String> topErrors(int n) {
    return errors.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> e.getValue() + "\t" + e.getKey())
        .toList();
  }

  Set<String> goldSet(LabelledCorpus.Item item) {
    Set<String> gold = new HashSet<>();
    for (LabelledCorpus.GoldMention m : item.mentions()) {
      if (!excluded.test(m.text())) {
        gold.add(m.type() + "\t" + m.text());
      }
    }
    return gold;
  }

  private Set<String> systemSet(List<Entity> entities) {
    Set<String> system = new HashSet<>();
    for (Entity e : entities) {
      for (Mention m : e.getMentions()) {
        if (!excluded.test(m.getText())) {
          system.add(e.getType() + "\t" + m.getText());
        }
      }
    }
    return system;
  }

  /**
   * {@code EntityEvaluation [--all] [--no-demonyms] [--errors] FILE...}: scores the bundled tagger
   * on the held-out split of each JSON Lines file (plain or .gz), or on every item with {@code
   * --all}.
   */
  public static void main(String[] args) {
    boolean all = false;
    boolean noDemonyms = false;
    int showErrors = 0;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--all" -> all = true;
        case "--no-demonyms" -> noDemonyms = true;
        case "--errors" -> showErrors = 400;
        default -> files.add(Path.of(arg));
      }
    }
    if (files.isEmpty()) {
      System.err.println(
          "usage: EntityEvaluation [--all] [--no-demonyms] [--errors] FILE.jsonl[.gz]...");
      System.exit(2);
    }
    EntityTagger tagger = EntityTagger.load();
    Predicate<String> demonyms = noDemonyms ? demonymTest() : null;
    EntityEvaluation evaluation = new EntityEvaluation(demonyms);
    for (Path file : files) {
      List<LabelledCorpus.Item> items = new ArrayList<>();
      for (LabelledCorpus.Item item : LabelledCorpus.read(file)) {
        if (all || LabelledCorpus.isHeldOut(item.id())) {
          items.add(item);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s: %d items (%s)%s%n%s%n",
          file.getFileName(),
          items.size(),
          all ? "all" : "held-out",
          noDemonyms ? ", demonyms left out" : "",
          evaluation.evaluate(items, tagger));
    }
    evaluation.topErrors(showErrors).forEach(System.out::println);
  }

  private static Predicate<String> demonymTest() {
    PlaceGazetteer gazetteer = PlaceGazetteer.load(TextTokenizer.load());
    return text -> gazetteer.readings(text).stream().anyMatch(PlaceGazetteer.Reading::demonym);
  }
}
