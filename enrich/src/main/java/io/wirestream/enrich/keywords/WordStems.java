package io.wirestream.enrich.keywords;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems of lowercase English words, memoised: news reuses a small vocabulary, so after a few
 * articles nearly every word is a map lookup. Stemming is a pure function, so the shared cache
 * never changes an answer; it stops growing at {@link #MAX_ENTRIES} so that a stream of odd tokens
 * cannot exhaust memory. Thread-safe.
 */
public final class WordStems {

  static final int MAX_ENTRIES = 200_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>(1 << 14);

  private WordStems() {}

  /** The Porter stem of a lowercase word ("elections" gives "elect"). */
  public static String stem(String lowercaseWord) {
    String stem = CACHE.get(lowercaseWord);
    if (stem == null) {
      stem = new PorterStemmer().stem(lowercaseWord);
      if (CACHE.size() < MAX_ENTRIES) {
        CACHE.putIfAbsent(lowercaseWord, stem);
      }
    }
    return stem;
  }
}
