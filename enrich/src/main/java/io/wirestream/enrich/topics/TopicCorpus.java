package io.wirestream.enrich.topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The section-labelled development data (HuffPost News Category, CC BY 4.0), de-duplicated and
 * split into fixed train, development and held-out test parts. The split is a hash of the
 * normalised headline, so the same story (also when it appears in both files) always lands in the
 * same part and never leaks into training.
 */
public final class TopicCorpus {

  public static final String NEWS_CATEGORY_FILE = "huffpost-news-category.jsonl";
  public static final String FEWSHOT_FILE = "huffpost-fewshot41.jsonl";

  /**
   * Sections whose mapping to one IPTC subject is unambiguous. Left out as unreliable: WORLD NEWS
   * and WORLDPOST (politics or conflict or disaster), COMEDY (mostly political satire), MEDIA
   * (media coverage of politics), STYLE (fashion is arts in IPTC), WELLNESS and HEALTHY LIVING
   * (health or lifestyle wellness), WEIRD NEWS, GOOD NEWS and IMPACT (mixed), and the sections
   * without a mapping.
   */
  public static final Set<String> RELIABLE_SECTIONS =
      Set.of(
          "POLITICS",
          "BUSINESS",
          "MONEY",
          "SPORTS",
          "CRIME",
          "ENTERTAINMENT",
          "ARTS",
          "ARTS & CULTURE",
          "CULTURE & ARTS",
          "TECH",
          "SCIENCE",
          "ENVIRONMENT",
          "GREEN",
          "EDUCATION",
          "COLLEGE",
          "RELIGION",
          "TRAVEL",
          "FOOD & DRINK",
          "TASTE",
          "HOME & LIVING",
          "PARENTING",
          "PARENTS",
          "DIVORCE",
          "WEDDINGS");

  private final List<LabelledArticle> train;
  private final List<LabelledArticle> dev;
  private final List<LabelledArticle> test;

  private TopicCorpus(
      List<LabelledArticle> train, List<LabelledArticle> dev, List<LabelledArticle> test) {
    this.train = List.copyOf(train);
    this.dev = List.copyOf(dev);
    this.test = List.copyOf(test);
  }

  /**
   * Reads both files from {@code dataDir}; the teaser-bearing News Category copy wins over a
   * few-shot duplicate.
   */
  public static TopicCorpus load(Path dataDir) throws IOException {
    Map<String, LabelledArticle> byHeadline = new LinkedHashMap<>();
    for (String name : List.of(NEWS_CATEGORY_FILE, FEWSHOT_FILE)) {
      Path file = dataDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "labelled topic data not found");
      }
      for (LabelledArticle item : LabelledArticles.read(file)) {
        byHeadline.putIfAbsent(normalise(item.headline()), item);
      }
    }
    List<LabelledArticle> train = new ArrayList<>();
    List<LabelledArticle> dev = new ArrayList<>();
    List<LabelledArticle> test = new ArrayList<>();
    for (Map.Entry<String, LabelledArticle> e : byHeadline.entrySet()) {
      switch (bucket(e.getKey())) {
        case 0 -> test.add(e.getValue());
        case 1 -> dev.add(e.getValue());
        default -> train.add(e.getValue());
      }
    }
    return new TopicCorpus(train, dev, test);
  }

  /** Whether an item falls in the held-out test part (decided by its normalised headline). */
  public static boolean isHeldOut(LabelledArticle item) {
    return bucket(normalise(item.headline())) == 0;
  }

  /**
   * Whether an item falls in the development part, on which the trainer's settings are tuned and
   * which {@code train topics} reports as "dev".
   */
  public static boolean isDevelopment(LabelledArticle item) {
    return bucket(normalise(item.headline())) == 1;
  }

  /**
   * Bucket 0 of 10 is the held-out test part, bucket 1 the development part, the rest is for
   * training.
   */
  static int bucket(String normalisedHeadline) {
    int hash = 0x811c9dc5; // FNV-1a: stable across JVMs, unlike String.hashCode's spread
    for (byte b : normalisedHeadline.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, 10);
  }

  /**
   * Lowercase letters and digits only, so "Trump's" and the tokenised "trump 's" are one headline.
   */
  static String normalise(String headline) {
    StringBuilder sb = new StringBuilder(headline.length());
    for (int i = 0; i < headline.length(); i++) {
      char c = headline.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  public List<LabelledArticle> train() {
    return train;
  }

  public List<LabelledArticle> dev() {
    return dev;
  }

  public List<LabelledArticle> test() {
    return test;
  }

  /** The items of {@code items} whose section maps unambiguously to one subject. */
  public static List<LabelledArticle> reliable(List<LabelledArticle> items) {
    return items.stream()
        .filter(i -> !i.topics().isEmpty() && RELIABLE_SECTIONS.contains(i.section()))
        .toList();
  }
}
