package io.wirestream.enrich.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Titles of address that belong to a person's mention: "Mr. Abbas", "President Barack Obama",
 * "Senator John Kerry" are how the story names the person, while the entity's name drops the title.
 * Job descriptions such as "Foreign Minister" or "Secretary of State" stand before the name without
 * being part of it. Which titles are which is counted in the training text of the name finder: a
 * capitalised title the labelled person names hold more often than they leave outside. Immutable.
 */
final class AttachedTitles {

  static final String FILE = "attached-titles.txt";

  /** Times a title must stand inside labelled person names to count. */
  static final int MIN_INSIDE = 3;

  private final TitleMatcher titles;
  private final Set<String> attached;

  AttachedTitles(TitleMatcher titles, Set<String> attached) {
    this.titles = titles;
    this.attached = attached;
  }

  static AttachedTitles load(TitleMatcher titles) {
    return new AttachedTitles(titles, new HashSet<>(WordLists.lines(FILE)));
  }

  /**
   * The first token of the mention of the person named by tokens {@code [from, ...)}: the start of
   * the capitalised title of address just before the name, or {@code from} when there is none.
   */
  int mentionStart(Tokens tokens, int from) {
    List<String> words = Arrays.asList(tokens.words);
    int start = titles.titleEndingAt(words, from);
    return start >= 0 && isAttached(words, start, from) ? start : from;
  }

  /** A person's mention without the title of address it opens with ("Mr. Abbas" -> "Abbas"). */
  String withoutTitle(String mention) {
    List<String> words = Arrays.asList(mention.split(" "));
    int n = titles.titleLength(words, 0);
    return n > 0 && n < words.size() && isAttached(words, 0, n)
        ? String.join(" ", words.subList(n, words.size()))
        : mention;
  }

  private boolean isAttached(List<String> words, int start, int end) {
    return Character.isUpperCase(words.get(start).charAt(0))
        && attached.contains(key(words.subList(start, end)));
  }

  private static String key(List<String> title) {
    return String.join(" ", title).toLowerCase(Locale.ROOT);
  }

  /** Counts the non-held-out part of the training corpora and writes the list to {@code out}. */
  static void compile(Path dataDir, Path out) throws IOException {
    TitleMatcher titles = TitleMatcher.load();
    Map<String, Integer> inside = new HashMap<>();
    Map<String, Integer> outside = new HashMap<>();
    for (LabelledCorpus.Item item : LabelledCorpus.trainingItems(dataDir)) {
      for (LabelledCorpus.GoldMention m : item.mentions()) {
        if (m.type().equals("PERSON")) {
          count(titles, item.body(), m, inside, outside);
        }
      }
    }
    Set<String> kept = new TreeSet<>();
    inside.forEach(
        (title, count) -> {
          if (count >= MIN_INSIDE && count >= outside.getOrDefault(title, 0)) {
            kept.add(title);
          }
        });
    WordLists.write(
        out,
        "# Titles kept in a person's mention (\"President Barack Obama\"), counted in the"
            + " training text of the name finder (GMB, WikiGold).",
        kept);
  }

  /** A capitalised title opening the labelled name counts inside, one just before it outside. */
  private static void count(
      TitleMatcher titles,
      String body,
      LabelledCorpus.GoldMention m,
      Map<String, Integer> inside,
      Map<String, Integer> outside) {
    List<String> name = Arrays.asList(m.text().split(" "));
    int lead = titles.titleLength(name, 0);
    if (lead > 0 && lead < name.size()) {
      if (Character.isUpperCase(name.get(0).charAt(0))) {
        inside.merge(key(name.subList(0, lead)), 1, Integer::sum);
      }
      return;
    }
    List<String> before = Arrays.asList(body.substring(0, m.begin()).strip().split(" "));
    int start = before.get(0).isEmpty() ? -1 : titles.titleEndingAt(before, before.size());
    if (start >= 0 && Character.isUpperCase(before.get(start).charAt(0))) {
      outside.merge(key(before.subList(start, before.size())), 1, Integer::sum);
    }
  }
}
