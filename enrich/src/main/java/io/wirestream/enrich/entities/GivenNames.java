package io.wirestream.enrich.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that open people's full names ("Angela", "Mahmoud", "Jaap"), counted in the training text
 * of the name finder: the first word of labelled person names of two words or more, much more often
 * than it opens or stands in any other name. A two- or three-word name that opens with one is a
 * person even where the name finder read an organisation or an unknown place. Immutable.
 */
final class GivenNames {

  static final String FILE = "given-names.txt";

  /** Person names a word must open, and how many times more often than other names. */
  static final int MIN_PERSON_COUNT = 3;

  static final int MIN_RATIO = 3;

  private final Set<String> names;

  GivenNames(Set<String> names) {
    this.names = names;
  }

  static GivenNames load() {
    return new GivenNames(new HashSet<>(WordLists.lines(FILE)));
  }

  boolean contains(String word) {
    return names.contains(word);
  }

  /** Counts the non-held-out part of the training corpora and writes the list to {@code out}. */
  static void compile(Path dataDir, Path out) throws IOException {
    TitleMatcher titles = TitleMatcher.load();
    Map<String, Integer> opensPerson = new HashMap<>();
    Map<String, Integer> inOther = new HashMap<>();
    for (LabelledCorpus.Item item : LabelledCorpus.trainingItems(dataDir)) {
      for (LabelledCorpus.GoldMention m : item.mentions()) {
        List<String> words = Arrays.asList(m.text().split(" "));
        if (m.type().equals("PERSON")) {
          int first = titles.leadingTitles(words, 0, words.size());
          if (words.size() - first >= 2) {
            opensPerson.merge(words.get(first), 1, Integer::sum);
          }
        } else {
          new HashSet<>(words).forEach(w -> inOther.merge(w, 1, Integer::sum));
        }
      }
    }
    Set<String> names = new TreeSet<>();
    opensPerson.forEach(
        (word, count) -> {
          if (count >= MIN_PERSON_COUNT
              && count >= MIN_RATIO * inOther.getOrDefault(word, 0)
              && Character.isUpperCase(word.charAt(0))
              && Character.isLowerCase(word.charAt(word.length() - 1))
              && titles.titleLength(List.of(word), 0) == 0) {
            names.add(word);
          }
        });
    WordLists.write(
        out,
        "# Words that open people's names, counted in the training text of the name finder (GMB,"
            + " WikiGold).",
        names);
  }
}
