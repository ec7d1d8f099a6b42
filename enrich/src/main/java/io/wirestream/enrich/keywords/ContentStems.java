package io.wirestream.enrich.keywords;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stem of a content word, or none for a stop word, in one memoised lookup: keywords and topics
 * ask both questions of every word of every article, and news reuses a small vocabulary, so one map
 * probe answers both. Both answers are pure functions of the word, so the cache never changes an
 * answer; it stops growing at {@link WordStems#MAX_ENTRIES}. Thread-safe.
 */
public final class ContentStems {

  /** Cached for a stop word; compared by identity, so no stem can be mistaken for it. */
  private static final String STOP_WORD = new String("stop word");

  private static final ContentStems ENGLISH = new ContentStems(StopWords.english());

  private final StopWords stopWords;
  private final Map<String, String> cache = new ConcurrentHashMap<>(1 << 14);

  public ContentStems(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  /** Over the bundled English stop words (shared). */
  public static ContentStems english() {
    return ENGLISH;
  }

  /** The stems for this stop-word list: the shared English one for the bundled list. */
  static ContentStems of(StopWords stopWords) {
    return stopWords == StopWords.english() ? ENGLISH : new ContentStems(stopWords);
  }

  /** The Porter stem of a lowercase word, or null when the word is on the stop list. */
  public String stem(String lowercaseWord) {
    String stem = cache.get(lowercaseWord);
    if (stem == null) {
      stem = stopWords.contains(lowercaseWord) ? STOP_WORD : WordStems.stem(lowercaseWord);
      if (cache.size() < WordStems.MAX_ENTRIES) {
        cache.putIfAbsent(lowercaseWord, stem);
      }
    }
    return stem == STOP_WORD ? null : stem;
  }
}
