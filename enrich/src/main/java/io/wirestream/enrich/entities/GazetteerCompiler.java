package io.wirestream.enrich.entities;

import io.wirestream.enrich.topics.LabelledArticle;
import io.wirestream.enrich.topics.LabelledArticles;
import io.wirestream.enrich.topics.TopicCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the shared country, region and city tables into the compact gazetteer files the tagger
 * bundles: only the columns it reads, cities of at least {@link #MIN_CITY_POPULATION} people (plus
 * capitals and regional seats), exonyms only for large cities, no generic region names ("Central",
 * "Northern Province"). Also lists the ordinary lower-case words of the training text, so that a
 * capitalised "Reading" or "Storms" needs context to count as a name.
 */
final class GazetteerCompiler {

  static final int MIN_CITY_POPULATION = 50_000;
  static final int MIN_POPULATION_FOR_ALT_NAMES = 500_000;
  static final int MIN_LOWERCASE_COUNT = 3;

  private GazetteerCompiler() {}

  static void compile(Path dataDir, Path outputDir) throws IOException {
    Set<String> generic = new java.util.HashSet<>(WordLists.lines("generic-place-words.txt"));
    writeCountries(dataDir.resolve("countries.tsv"), outputDir.resolve("countries.tsv"));
    Map<String, Long> regionPopulation = new HashMap<>();
    writeCities(dataDir.resolve("cities.tsv"), outputDir.resolve("cities.tsv"), regionPopulation);
    writeRegions(
        dataDir.resolve("regions.tsv"),
        outputDir.resolve("regions.tsv"),
        generic,
        regionPopulation);
    writeCommonWords(dataDir, outputDir.resolve("common-words.txt"));
    GivenNames.compile(dataDir, outputDir.resolve(GivenNames.FILE));
    AttachedTitles.compile(dataDir, outputDir.resolve(AttachedTitles.FILE));
    Path givenNames = outputDir.resolve(GivenNames.FILE);
    OrganisationNames.compile(
        dataDir,
        outputDir.resolve(OrganisationNames.FILE),
        new GivenNames(new java.util.HashSet<>(Files.readAllLines(givenNames))));
  }

  private static void writeCountries(Path in, Path out) throws IOException {
    List<String[]> rows = readTsv(in);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "# iso2\tname\talt_names\tdemonyms\tindependent. Derived from i18n-iso-countries (MIT) and world-countries (ODbL 1.0); see NOTICE.txt\n");
      for (String[] r : rows) {
        w.write(
            String.join("\t", r[0], r[3], join(r[4], r[5]), r[6].replace(", ", "|"), r[10]) + "\n");
      }
    }
  }

  private static void writeCities(Path in, Path out, Map<String, Long> regionPopulation)
      throws IOException {
    List<String[]> rows = readTsv(in);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "# name\tascii_name\talt_names\tcountry_iso2\tadmin1_code\tfeature_code\tpopulation. GeoNames (CC BY 4.0); see NOTICE.txt\n");
      for (String[] r : rows) {
        long population = Long.parseLong(r[8]);
        regionPopulation.merge(r[4] + "." + r[5], population, Long::sum);
        boolean seat = r[7].equals("PPLC") || r[7].equals("PPLA");
        if (population < MIN_CITY_POPULATION && !seat) {
          continue;
        }
        String alt =
            population >= MIN_POPULATION_FOR_ALT_NAMES || r[7].equals("PPLC")
                ? exonyms(r[3], r[1])
                : "";
        String ascii = r[2].equals(r[1]) ? "" : r[2];
        w.write(String.join("\t", r[1], ascii, alt, r[4], r[5], r[7], r[8]) + "\n");
      }
    }
  }

  private static void writeRegions(
      Path in, Path out, Set<String> generic, Map<String, Long> regionPopulation)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "# code\tcountry_iso2\tname\tascii_name\tcity_population. GeoNames (CC BY 4.0); see NOTICE.txt\n");
      for (String[] r : readTsv(in)) {
        if (isGeneric(r[3], generic)) {
          continue;
        }
        String ascii = r[4].equals(r[3]) ? "" : r[4];
        w.write(
            String.join(
                    "\t",
                    r[0],
                    r[1],
                    r[3],
                    ascii,
                    Long.toString(regionPopulation.getOrDefault(r[0], 0L)))
                + "\n");
      }
    }
  }

  /**
   * Words that are ordinary lower-case words in the training text and in the news teasers of the
   * topic corpus, where there is one beside the entity data (seen in lower case at least {@link
   * #MIN_LOWERCASE_COUNT} times and more often than capitalised mid-sentence): "reading", "nice",
   * "storms", "wildfire". Capitalised, such a word is a name only with supporting context.
   */
  private static void writeCommonWords(Path dataDir, Path out) throws IOException {
    Map<String, Integer> lower = new HashMap<>();
    Map<String, Integer> capitalised = new HashMap<>();
    for (LabelledCorpus.Item item : LabelledCorpus.trainingItems(dataDir)) {
      String[] tokens = item.body().split(" ");
      for (int i = 0; i < tokens.length; i++) {
        countCase(tokens[i], i == 0, lower, capitalised);
      }
    }
    // Headlines are left out: title case says nothing of a word.
    Path teasers = dataDir.resolveSibling("tags").resolve(TopicCorpus.NEWS_CATEGORY_FILE);
    if (Files.isRegularFile(teasers)) {
      TextTokenizer tokenizer = TextTokenizer.load();
      for (LabelledArticle teaser : LabelledArticles.read(teasers)) {
        if (!TopicCorpus.isHeldOut(teaser)) {
          Tokens tokens = tokenizer.tokenize("body", teaser.body());
          for (int i = 0; i < tokens.size(); i++) {
            countCase(tokens.word(i), tokens.sentenceStarts[i], lower, capitalised);
          }
        }
      }
    }
    Set<String> common = new TreeSet<>();
    lower.forEach(
        (word, count) -> {
          if (count >= MIN_LOWERCASE_COUNT && count > capitalised.getOrDefault(word, 0)) {
            common.add(word);
          }
        });
    WordLists.write(
        out,
        "# Ordinary lower-case English words, from the training text of the name finder (GMB,"
            + " WikiGold) and the News Category Dataset's teasers (CC BY 4.0).",
        common);
  }

  private static void countCase(
      String token,
      boolean opensSentence,
      Map<String, Integer> lower,
      Map<String, Integer> capitalised) {
    if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
      return;
    }
    if (Character.isLowerCase(token.charAt(0))) {
      lower.merge(token, 1, Integer::sum);
    } else if (!opensSentence) {
      capitalised.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
  }

  /** Latin-script exonyms ("Kiev", "Londres"), without airport codes or repeats of the name. */
  private static String exonyms(String altNames, String name) {
    Set<String> kept = new LinkedHashSet<>();
    for (String alt : altNames.split("\\|")) {
      boolean code = alt.length() <= 4 && alt.equals(alt.toUpperCase(Locale.ROOT));
      if (!alt.isEmpty() && !code && !alt.equals(name) && Character.isUpperCase(alt.charAt(0))) {
        kept.add(alt);
      }
    }
    return String.join("|", kept);
  }

  private static boolean isGeneric(String name, Set<String> generic) {
    for (String word : name.split("[\\s-]+")) {
      if (!generic.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String join(String a, String b) {
    Set<String> all = new LinkedHashSet<>();
    for (String s : (a + "|" + b).split("\\|")) {
      if (!s.isBlank()) {
        all.add(s.strip());
      }
    }
    return String.join("|", all);
  }

  private static List<String[]> readTsv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
