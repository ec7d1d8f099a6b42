package io.wirestream.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the line-oriented resources of this package (blank lines and {@code #} comments skipped).
 */
final class WordLists {

  private WordLists() {}

  /**
   * Writes a list the trainer compiled: the {@code header} (its lines {@code #} comments), then one
   * entry a line.
   */
  static void write(Path out, String header, Iterable<String> entries) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(header + "\n");
      for (String entry : entries) {
        w.write(entry + "\n");
      }
    }
  }

  static List<String> lines(String resource) {
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Missing resource " + resource + " beside " + WordLists.class.getName());
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(line.stripTrailing());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + resource, e);
    }
    return lines;
  }

  /**
   * The words of a {@code position <TAB> word} resource, grouped by position; a position not in
   * {@code positions} is a broken resource.
   */
  static Map<String, Set<String>> byPosition(String resource, Set<String> positions) {
    Map<String, Set<String>> words = new HashMap<>();
    for (String position : positions) {
      words.put(position, new HashSet<>());
    }
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      Set<String> group = words.get(f[0].strip());
      if (group == null) {
        throw new IllegalStateException("Bad position in " + resource + ": " + line);
      }
      group.add(f[1].strip());
    }
    return words;
  }
}
