package io.wirestream.enrich.keywords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the {@link DocumentFrequencies} table from JSON Lines news items ({@code headline} and
 * {@code body} fields), counting each word once per item and keeping words seen in at least {@link
 * #MIN_COUNT} items. Beside each count go two context counts that tell a noun from a verb without a
 * tagger: how often the word follows a determiner or preposition ("the cut", "of talks") and how
 * often it follows a pronoun, auxiliary or infinitive "to" ("to protect", "has passed"). Run as
 * {@code wirestream train keywords} or through {@link #main}.
 */
public final class DocumentFrequencyTableBuilder {

  /** Rarer words are left out: unseen words already get the highest weight. */
  static final int MIN_COUNT = 3;

  static final List<String> SOURCES =
      List.of("huffpost-news-category.jsonl", "huffpost-fewshot41.jsonl");

  /** Words after which a noun phrase starts. */
  private static final Set<String> NOUN_CONTEXT =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "my", "your", "no", "every", "each", "any", "some", "of", "in", "for", "on", "with", "by",
          "from", "at", "new");

  /** Words after which a verb follows. */
  private static final Set<String> VERB_CONTEXT =
      Set.of(
          "to", "will", "would", "can", "could", "should", "may", "might", "must", "not", "did",
          "does", "do", "he", "she", "they", "we", "i", "it", "who", "has", "have", "had", "was",
          "were", "is", "are", "be", "been");

  private DocumentFrequencyTableBuilder() {}

  /** {@code args}: data directory, output table path ({@code .tsv.gz}). */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DocumentFrequencyTableBuilder DATA_DIR OUTPUT_TABLE");
      System.exit(2);
    }
    build(Path.of(args[0]), Path.of(args[1]), System.out);
  }

  public static void build(Path dataDir, Path output, PrintStream log) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, int[]> contexts = new HashMap<>();
    Set<String> seenHeadlines = new HashSet<>();
    int documents = 0;
    for (String name : SOURCES) {
      Path file = dataDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(
            file.toString(), null, "news items for document frequencies not found");
      }
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = json.readTree(line);
          String headline = node.path("headline").asText("");
          if (!seenHeadlines.add(headline.toLowerCase().replaceAll("[^\\p{L}\\p{N}]", ""))) {
            continue; // the two files share some items
          }
          documents++;
          List<String> sequence =
              Words.of(headline + "\n" + node.path("body").asText(""), Integer.MAX_VALUE);
          countContexts(sequence, contexts);
          Set<String> words = new HashSet<>(sequence);
          words.remove(Words.BREAK);
          for (String word : words) {
            counts.merge(word, 1, Integer::sum);
          }
        }
      }
    }
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    int kept = 0;
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(output));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write("#documents\t" + documents + "\n");
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() >= MIN_COUNT) {
          int[] context = contexts.getOrDefault(e.getKey(), new int[2]);
          writer.write(
              e.getKey() + "\t" + e.getValue() + "\t" + context[0] + "\t" + context[1] + "\n");
          kept++;
        }
      }
    }
    log.printf(
        "document frequencies: %d items, %d words kept -> %s (%,d bytes)%n",
        documents, kept, output, Files.size(output));
  }

  /** Counts, for each word, the noun and verb contexts it stands in. */
  private static void countContexts(List<String> sequence, Map<String, int[]> contexts) {
    for (int i = 1; i < sequence.size(); i++) {
      String previous = sequence.get(i - 1);
      int slot = NOUN_CONTEXT.contains(previous) ? 0 : VERB_CONTEXT.contains(previous) ? 1 : -1;
      if (slot >= 0 && !sequence.get(i).equals(Words.BREAK)) {
        contexts.computeIfAbsent(sequence.get(i), w -> new int[2])[slot]++;
      }
    }
  }
}
