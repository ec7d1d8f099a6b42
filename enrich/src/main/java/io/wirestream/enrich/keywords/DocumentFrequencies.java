package io.wirestream.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How many news items of a reference collection contain each word, for inverse document frequency:
 * words that every story uses ("report", "people") weigh little, rare ones weigh much. Built by
 * {@link DocumentFrequencyTableBuilder}; a word missing from the table is treated as rarer than any
 * listed one.
 */
public final class DocumentFrequencies {

  static final String RESOURCE = "/io/wirestream/enrich/keywords/document-frequencies.tsv.gz";

  private final int documents;
  private final Map<String, Integer> frequencies;
  private final double unseenIdf;

  DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
    this.documents = documents;
    this.frequencies = Map.copyOf(frequencies);
    this.unseenIdf = Math.log((documents + 1.0) / 1.0) + 1.0;
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
   * Reads the table: first line {@code #documents <TAB> N}, then {@code word <TAB> count} lines.
   */
  static DocumentFrequencies read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.startsWith("#documents\t")) {
      throw new IOException("Document frequency table must start with '#documents<TAB>N'");
    }
    int documents = Integer.parseInt(header.substring("#documents\t".length()).strip());
    Map<String, Integer> frequencies = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
      }
    }
    return new DocumentFrequencies(documents, frequencies);
  }

  /** Smoothed inverse document frequency, ln((N+1)/(df+1)) + 1. */
  double idf(String word) {
    Integer df = frequencies.get(word);
    return df == null ? unseenIdf : Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  java.util.Set<String> words() {
    return frequencies.keySet();
  }

  int documents() {
    return documents;
  }
}
