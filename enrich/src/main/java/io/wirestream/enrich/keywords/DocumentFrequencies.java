package io.wirestream.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * How many news items of a reference collection contain each word, for inverse document frequency:
 * words that every story uses ("report", "people") weigh little, rare ones weigh much. Built by
 * {@link DocumentFrequencyTableBuilder}; a word missing from the table is treated as rarer than any
 * listed one. The table also says which words news uses mostly as verbs ("protect", "said",
 * "agreed"): they name what happened, not what a story is about.
 */
public final class DocumentFrequencies {

  static final String RESOURCE = "/io/wirestream/enrich/keywords/document-frequencies.tsv.gz";

  private final int documents;
  private final Map<String, Integer> frequencies;
  private final double unseenIdf;
  private final Set<String> verbs;
  private final Set<String> nouns;
  private final Set<String> verbStems;

  /**
   * A word is mostly a verb when it stood at least this often after a pronoun, auxiliary or "to"...
   */
  private static final int MIN_VERB_CONTEXTS = 3;

  /** ...and this share of its contexts or less were after a determiner or preposition. */
  private static final double MAX_NOUN_SHARE = 0.3;

  /** A word is mostly a noun when it stood at least this often after a determiner... */
  private static final int MIN_NOUN_CONTEXTS = 5;

  /** ...and this share of its contexts or more were of that kind. */
  private static final double MIN_NOUN_SHARE = 0.8;

  DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
    this(documents, frequencies, Set.of(), Set.of(), Set.of());
  }

  DocumentFrequencies(
      int documents,
      Map<String, Integer> frequencies,
      Set<String> verbs,
      Set<String> nouns,
      Set<String> verbStems) {
    this.documents = documents;
    this.frequencies = Map.copyOf(frequencies);
    this.unseenIdf = Math.log((documents + 1.0) / 1.0) + 1.0;
    this.verbs = Set.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
    this.verbStems = Set.copyOf(verbStems);
  }

  private static final class Bundled {
    static final DocumentFrequencies TABLE = loadResource();
  }

  /** The bundled table, read once. */
  static DocumentFrequencies load() {
    return Bundled.TABLE;
  }

  private static DocumentFrequencies loadResource() {
    try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing classpath resource "
                + RESOURCE
                + " (build it with: wirestream train keywords)");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads the table: first line {@code #documents <TAB> N}, then {@code word <TAB> count} lines,
   * optionally followed by {@code <TAB> nounContexts <TAB> verbContexts}.
   */
  static DocumentFrequencies read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.startsWith("#documents\t")) {
      throw new IOException("Document frequency table must start with '#documents<TAB>N'");
    }
    int documents = Integer.parseInt(header.substring("#documents\t".length()).strip());
    Map<String, Integer> frequencies = new HashMap<>();
    Set<String> verbs = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Map<String, int[]> stemContexts = new HashMap<>(); // noun and verb contexts of all its forms
    String line;
    while ((line = reader.readLine()) != null) {
      String[] columns = line.split("\t");
      if (columns.length < 2 || columns[0].isEmpty()) {
        continue;
      }
      frequencies.put(columns[0], Integer.parseInt(columns[1].strip()));
      if (columns.length >= 4) {
        int nounContexts = Integer.parseInt(columns[2].strip());
        int verbContexts = Integer.parseInt(columns[3].strip());
        if (mostlyVerb(nounContexts, verbContexts)) {
          verbs.add(columns[0]);
        } else if (mostlyNoun(nounContexts, verbContexts)) {
          nouns.add(columns[0]);
        }
        int[] contexts =
            stemContexts.computeIfAbsent(WordStems.stem(columns[0]), stem -> new int[2]);
        contexts[0] += nounContexts;
        contexts[1] += verbContexts;
      }
    }
    Set<String> verbStems = new HashSet<>();
    stemContexts.forEach(
        (stem, contexts) -> {
          if (mostlyVerb(contexts[0], contexts[1])) {
            verbStems.add(stem);
          }
        });
    return new DocumentFrequencies(documents, frequencies, verbs, nouns, verbStems);
  }

  private static boolean mostlyVerb(int nounContexts, int verbContexts) {
    return verbContexts >= MIN_VERB_CONTEXTS
        && nounShare(nounContexts, verbContexts) <= MAX_NOUN_SHARE;
  }

  private static boolean mostlyNoun(int nounContexts, int verbContexts) {
    return nounContexts >= MIN_NOUN_CONTEXTS
        && nounShare(nounContexts, verbContexts) >= MIN_NOUN_SHARE;
  }

  private static double nounShare(int nounContexts, int verbContexts) {
    return (nounContexts + 1.0) / (nounContexts + verbContexts + 2.0);
  }

  /** Smoothed inverse document frequency, ln((N+1)/(df+1)) + 1. */
  double idf(String word) {
    Integer df = frequencies.get(word);
    return df == null ? unseenIdf : Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /** True for a word news mostly uses as a verb. */
  boolean verb(String word) {
    return verbs.contains(word);
  }

  /**
   * True for a Porter stem whose forms together news mostly uses as verbs ("hold", "holds", "held"
   * is not among them: irregular forms have stems of their own).
   */
  boolean verbStem(String stem) {
    return verbStems.contains(stem);
  }

  /** True for a word news mostly uses as a noun ("meeting", "shooting", "talks"). */
  boolean noun(String word) {
    return nouns.contains(word);
  }

  Set<String> words() {
    return frequencies.keySet();
  }

  int documents() {
    return documents;
  }
}
