package io.wirestream.local.bench;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic news-like articles for benchmarks and fault tests: 1-5 KB bodies of sentences
 * naming people, organisations and places, with varied dates. Article {@code i} depends only on the
 * seed and {@code i}, so any range can be generated again, in any process, byte for byte.
 * Thread-safe.
 */
public final class ArticleGenerator {

  /** The seed the benchmark and the tests use unless told otherwise. */
  public static final long DEFAULT_SEED = 20240424L;

  private static final String VOCABULARY = "/io/wirestream/local/bench/vocabulary.txt";
  private static final Instant EPOCH = Instant.parse("2023-01-01T00:00:00Z");
  private static final long SPAN_MINUTES = Duration.ofDays(730).toMinutes();

  private final long seed;
  private final Map<String, List<String>> words;

  /** An article as a generator produces it, before any wire format. */
  public record Generated(
      String id, String headline, String byline, String body, Instant published) {}

  public ArticleGenerator(long seed) {
    this.seed = seed;
    this.words = loadVocabulary();
  }

  /** The article with this index. */
  public Generated generate(long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    String person = pick(random, "people");
    String place = pick(random, "places");
    String subject = pick(random, "subjects");
    String headline =
        capitalise(subject.replaceFirst("^the ", ""))
            + " "
            + pick(random, "verbs")
            + " in "
            + place.substring(0, place.indexOf(','));
    int targetBytes = 1024 + random.nextInt(4 * 1024);
    StringBuilder body = new StringBuilder(targetBytes + 256);
    body.append(place.substring(0, place.indexOf(',')).toUpperCase(java.util.Locale.ROOT))
        .append(" -- ");
    while (body.length() < targetBytes) {
      body.append(sentence(random, person, place, subject));
      if (random.nextInt(4) == 0) {
        body.append("\n\n");
      } else {
        body.append(' ');
      }
    }
    Instant published = EPOCH.plus(Duration.ofMinutes(random.nextLong(SPAN_MINUTES)));
    return new Generated(
        String.format("bench-%016x-%d", seed, index),
        headline,
        "By " + pick(random, "people"),
        body.toString().strip(),
        published);
  }

  /** The article as a RawArticle, as ingest would have produced it. */
  public RawArticle raw(long index, Instant received) {
    Generated g = generate(index);
    return RawArticle.newBuilder()
        .setId(g.id())
        .setSource(
            Source.newBuilder()
                .setName("generator")
                .setKind(SourceKind.FILE)
                .setUri("generated:" + index)
                .build())
        .setFormat(Format.TEXT)
        .setHeadline(g.headline())
        .setByline(g.byline())
        .setBody(g.body())
        .setPublished(g.published())
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(received)
        .setContentHash(sha256(g.headline() + "\n" + g.body()))
        .build();
  }

  /**
   * The article as one line of the JSON Lines input format ({@code id, headline, byline, body,
   * published}).
   */
  public String jsonLine(long index) {
    Generated g = generate(index);
    return "{\"id\":"
        + quote(g.id())
        + ",\"headline\":"
        + quote(g.headline())
        + ",\"byline\":"
        + quote(g.byline())
        + ",\"published\":"
        + quote(g.published().toString())
        + ",\"body\":"
        + quote(g.body())
        + "}";
  }

  /** The article as an HTML page, the way a newsroom web page carries it. */
  public String html(long index) {
    Generated g = generate(index);
    StringBuilder page = new StringBuilder(g.body().length() + 512);
    page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(g.headline()))
        .append("</title><meta property=\"article:published_time\" content=\"")
        .append(g.published())
        .append("\"><link rel=\"canonical\" href=\"https://news.example.org/")
        .append(g.id())
        .append(
            "\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
        .append(escape(g.headline()))
        .append("</h1><p class=\"byline\">")
        .append(escape(g.byline()))
        .append("</p>");
    for (String paragraph : g.body().split("\n\n")) {
      page.append("<p>").append(escape(paragraph)).append("</p>");
    }
    return page.append("</article><footer>Copyright News Example</footer></body></html>")
        .toString();
  }

  private String sentence(SplittableRandom random, String person, String place, String subject) {
    return switch (random.nextInt(6)) {
      case 0 ->
          person
              + ", the "
              + pick(random, "roles")
              + ", said "
              + pick(random, "times")
              + " that "
              + subject
              + " would "
              + pick(random, "verbs")
              + ".";
      case 1 ->
          "Officials in "
              + place
              + " said "
              + pick(random, "figures")
              + " were affected "
              + pick(random, "times")
              + ".";
      case 2 ->
          capitalise(pick(random, "organisations"))
              + " warned that "
              + subject
              + " could "
              + pick(random, "verbs")
              + " unless talks with "
              + pick(random, "organisations")
              + " continue.";
      case 3 ->
          "According to "
              + pick(random, "people")
              + ", "
              + pick(random, "figures")
              + " had been set aside "
              + pick(random, "times")
              + ".";
      case 4 ->
          "\"We expect "
              + subject
              + " to "
              + pick(random, "verbs")
              + ",\" "
              + person.split(" ")[1]
              + " told reporters in "
              + place.substring(0, place.indexOf(','))
              + ".";
      default ->
          "The decision follows a meeting between "
              + pick(random, "organisations")
              + " and "
              + pick(random, "organisations")
              + " "
              + pick(random, "times")
              + ".";
    };
  }

  private String pick(SplittableRandom random, String list) {
    List<String> items = words.get(list);
    return items.get(random.nextInt(items.size()));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String quote(String s) {
    return "\""
        + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s))
        + "\"";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static Map<String, List<String>> loadVocabulary() {
    Map<String, List<String>> lists = new HashMap<>();
    try (InputStream in = ArticleGenerator.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IllegalStateException(
            "Generator vocabulary " + VOCABULARY + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        lists.put(
            line.substring(0, colon).strip(),
            List.of(line.substring(colon + 1).strip().split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + VOCABULARY, e);
    }
    return Map.copyOf(lists);
  }
}
