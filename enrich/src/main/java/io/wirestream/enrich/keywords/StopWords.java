package io.wirestream.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words that split candidate phrases and never count as content, read from a
 * bundled list.
 */
public final class StopWords {

  private static final String RESOURCE = "/io/wirestream/enrich/keywords/stopwords-en.txt";
  private static final StopWords ENGLISH = load(RESOURCE);

  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The bundled English list (shared, immutable). */
  public static StopWords english() {
    return ENGLISH;
  }

  static StopWords load(String resource) {
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + resource);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return new StopWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** True for a lowercase word on the list. */
  public boolean contains(String lowercaseWord) {
    return words.contains(lowercaseWord);
  }
}
