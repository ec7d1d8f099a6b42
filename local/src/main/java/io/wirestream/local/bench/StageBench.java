package io.wirestream.local.bench;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.SourceKind;
import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.dates.TemporalTagger;
import io.wirestream.enrich.entities.EntityTagger;
import io.wirestream.enrich.keywords.KeywordExtractor;
import io.wirestream.enrich.language.LanguageDetector;
import io.wirestream.enrich.topics.TopicTagger;
import io.wirestream.ingest.ArticleResult;
import io.wirestream.ingest.RawArticleReader;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.publish.route.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-stage rates without Kafka, on one thread: the ingest core (parse and clean generated HTML
 * pages with {@link RawArticleReader}), the enricher ({@link Enricher#enrich}) and each of its
 * taggers alone, and routing (a route table of the usual kinds of criteria matched against the
 * enriched articles). Each stage runs once over the whole input to warm up (a long-running
 * service's code is compiled; a fifth of the input left the entity tagger half-compiled and
 * understated it by a quarter), then once measured.
 */
final class StageBench {

  private static final Instant RECEIVED = Instant.parse("2024-05-01T12:00:00Z");
  private static final String ROUTES = "/io/wirestream/local/bench/routes.yaml";

  private final ArticleGenerator generator;
  private final int articles;
  private List<RawArticle> raws;
  private List<EnrichedArticle> enriched;

  StageBench(ArticleGenerator generator, int articles) {
    this.generator = generator;
    this.articles = articles;
  }

  /** Parse + clean of HTML pages; MB/s counts the pages' bytes. */
  Map<String, Object> ingestParse() {
    List<InputDocument> pages = new ArrayList<>(articles);
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      byte[] page = generator.html(i).getBytes(StandardCharsets.UTF_8);
      pages.add(new InputDocument("bench/page-" + i + ".html", page, "text/html"));
      bytes += page.length;
    }
    RawArticleReader reader = RawArticleReader.withDefaults();
    SourceInfo source = new SourceInfo("bench", SourceKind.FILE, null);
    for (InputDocument page : pages) {
      reader.read(page, source, RECEIVED);
    }
    long accepted = 0;
    long start = System.nanoTime();
    for (InputDocument page : pages) {
      for (ArticleResult result : reader.read(page, source, RECEIVED)) {
        if (result instanceof ArticleResult.Accepted) {
          accepted++;
        }
      }
    }
    Map<String, Object> figures = rate(articles, bytes, System.nanoTime() - start);
    figures.put("accepted", accepted);
    return figures;
  }

  /**
   * Each tagger alone over the same articles, in the enricher's order, to show where its time goes;
   * MB/s counts headline and body bytes.
   */
  Map<String, Object> taggers() {
    List<RawArticle> raws = raws();
    long bytes = raws.stream().mapToLong(StageBench::textBytes).sum();
    LanguageDetector language = LanguageDetector.load();
    TemporalTagger dates = TemporalTagger.standard();
    TopicTagger topics = TopicTagger.load();
    EntityTagger entities = EntityTagger.load();
    KeywordExtractor keywords = KeywordExtractor.standard();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("language", timed(raws, bytes, r -> language.detect(r.getHeadline(), r.getBody())));
    figures.put(
        "dates",
        timed(
            raws,
            bytes,
            r -> {
              dates.tag(r.getHeadline(), "headline", r.getPublished());
              dates.tag(r.getBody(), "body", r.getPublished());
            }));
    figures.put("topics", timed(raws, bytes, r -> topics.tag(r.getHeadline(), r.getBody())));
    figures.put("entities", timed(raws, bytes, r -> entities.tag(r.getHeadline(), r.getBody())));
    figures.put(
        "keywords", timed(raws, bytes, r -> keywords.keywords(r.getHeadline(), r.getBody())));
    return figures;
  }

  /**
   * The bundled bench route table matched against the articles {@link #enricher()} enriched; MB/s
   * as for the enricher.
   */
  Map<String, Object> routing() {
    List<EnrichedArticle> enriched = enriched();
    long bytes = raws().stream().mapToLong(StageBench::textBytes).sum();
    RouteTable routes;
    try (InputStream in = StageBench.class.getResourceAsStream(ROUTES)) {
      routes =
          RouteTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ROUTES, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ROUTES, e);
    }
    long matches = 0;
    for (EnrichedArticle article : enriched) {
      routes.matching(article);
    }
    long start = System.nanoTime();
    for (EnrichedArticle article : enriched) {
      matches += routes.matching(article).size();
    }
    Map<String, Object> figures = rate(articles, bytes, System.nanoTime() - start);
    figures.put("routes", routes.routes().size());
    figures.put("matchesPerArticle", round((double) matches / articles));
    return figures;
  }

  private List<RawArticle> raws() {
    if (raws == null) {
      List<RawArticle> generated = new ArrayList<>(articles);
      for (int i = 0; i < articles; i++) {
        generated.add(generator.raw(i, RECEIVED));
      }
      raws = List.copyOf(generated);
    }
    return raws;
  }

  private List<EnrichedArticle> enriched() {
    if (enriched == null) {
      Enricher enricher = Enricher.standard();
      enriched = raws().stream().map(enricher::enrich).toList();
    }
    return enriched;
  }

  /** Warms {@code work} up on the articles, then times it over them. */
  private Map<String, Object> timed(List<RawArticle> raws, long bytes, Consumer<RawArticle> work) {
    for (RawArticle raw : raws) {
      work.accept(raw);
    }
    long start = System.nanoTime();
    for (RawArticle raw : raws) {
      work.accept(raw);
    }
    return rate(raws.size(), bytes, System.nanoTime() - start);
  }

  /**
   * The enricher on RawArticles; MB/s counts headline and body bytes (UTF-8). Its warm-up pass
   * keeps the enriched articles for {@link #routing()}.
   */
  Map<String, Object> enricher() {
    List<RawArticle> raws = raws();
    Enricher enricher = Enricher.standard();
    enriched = raws.stream().map(enricher::enrich).toList();
    long start = System.nanoTime();
    for (RawArticle raw : raws) {
      enricher.enrich(raw);
    }
    long bytes = raws.stream().mapToLong(StageBench::textBytes).sum();
    return rate(raws.size(), bytes, System.nanoTime() - start);
  }

  static long textBytes(RawArticle raw) {
    return raw.getBody().getBytes(StandardCharsets.UTF_8).length
        + (raw.getHeadline() == null
            ? 0
            : raw.getHeadline().getBytes(StandardCharsets.UTF_8).length);
  }

  static Map<String, Object> rate(long records, long bytes, long nanos) {
    double seconds = Math.max(1e-9, nanos / 1e9);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("records", records);
    figures.put("seconds", round(seconds));
    figures.put("recordsPerSecond", round(records / seconds));
    figures.put("mbPerSecond", round(bytes / seconds / 1e6));
    return figures;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
