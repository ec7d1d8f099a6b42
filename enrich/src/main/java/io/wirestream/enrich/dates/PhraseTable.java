package io.wirestream.enrich.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases ("the end of", "at least", "as soon as possible") indexed by their first word,
 * matched longest first against the token stream.
 *
 * @param <V> what a phrase means
 */
final class PhraseTable<V> {

  record Hit<V>(int end, V value) {}

  private record Phrase<V>(String[] words, V value) {}

  private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

  void add(String phrase, V value) {
    String[] words = phrase.trim().split("\\s+");
    List<Phrase<V>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Phrase<>(words, value));
    list.sort(Comparator.comparingInt((Phrase<V> p) -> -p.words.length));
  }

  boolean startsWith(String word) {
    return byFirstWord.containsKey(word);
  }

  /** Whether some phrase is that one word alone. */
  boolean singleWord(String word) {
    List<Phrase<V>> list = byFirstWord.get(word);
    return list != null && list.stream().anyMatch(p -> p.words.length == 1);
  }

  java.util.Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /** The longest phrase starting at token i, or null. */
  Hit<V> match(Cursor c, int i) {
    List<Phrase<V>> candidates = byFirstWord.get(c.w(i));
    if (candidates == null) {
      return null;
    }
    for (Phrase<V> p : candidates) {
      boolean ok = true;
      for (int k = 1; k < p.words.length && ok; k++) {
        ok = p.words[k].equals(c.w(i + k));
      }
      if (ok) {
        return new Hit<>(i + p.words.length, p.value);
      }
    }
    return null;
  }
}
