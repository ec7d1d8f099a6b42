package io.wirestream.local.bench;

import io.wirestream.avro.RawArticle;
import io.wirestream.avro.SourceKind;
import io.wirestream.enrich.Enricher;
import io.wirestream.ingest.ArticleResult;
import io.wirestream.ingest.RawArticleReader;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-stage rates without Kafka, on one thread: the ingest core (parse and clean generated HTML
 * pages with {@link RawArticleReader}) and the enricher ({@link Enricher#enrich}). Each stage runs
 * once to warm up on a slice of the input, then once measured.
 */
final class StageBench {

  private static final Instant RECEIVED = Instant.parse("2024-05-01T12:00:00Z");

  private final ArticleGenerator generator;
  private final int articles;

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
    int warm = Math.max(1, articles / 5);
    for (int i = 0; i < warm; i++) {
      reader.read(pages.get(i), source, RECEIVED);
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

  /** The enricher on RawArticles; MB/s counts headline and body bytes (UTF-8). */
  Map<String, Object> enricher() {
    List<RawArticle> raws = new ArrayList<>(articles);
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      RawArticle raw = generator.raw(i, RECEIVED);
      raws.add(raw);
      bytes += textBytes(raw);
    }
    Enricher enricher = Enricher.standard();
    int warm = Math.max(1, articles / 5);
    for (int i = 0; i < warm; i++) {
      enricher.enrich(raws.get(i));
    }
    long start = System.nanoTime();
    for (RawArticle raw : raws) {
      enricher.enrich(raw);
    }
    return rate(articles, bytes, System.nanoTime() - start);
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
