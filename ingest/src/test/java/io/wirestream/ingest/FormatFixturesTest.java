package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.format.InputDocument;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each wire fixture of {@code fixtures/formats} read end to end (parse, clean, identify, date) and
 * compared with its {@code .expected.json}: one entry per item, either the article's fields or the
 * expected error. A field missing from the expectation is not checked; an explicit null is.
 */
class FormatFixturesTest {

  static final Instant RECEIVED = Instant.parse("2024-04-18T12:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RawArticleReader reader = RawArticleReader.withDefaults();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "text-ap-dateline.txt",
        "text-reuters-dateline.txt",
        "html-article.html",
        "ninjs2.json",
        "ninjs3.json",
        "newsml-g2.xml",
        "rss2.xml",
        "atom.xml",
        "articles.jsonl",
        "html-no-article-element.html",
        "html-jsonld-body.html",
        "newsml-g2-message.xml",
        "articles-array.json"
      })
  void fixtureReadsToExpectedArticles(String fixture) throws Exception {
    byte[] bytes = Fixtures.bytes("formats/" + fixture);
    String base = fixture.substring(0, fixture.lastIndexOf('.'));
    JsonNode expected = JSON.readTree(Fixtures.text("formats/" + base + ".expected.json"));

    List<ArticleResult> results =
        reader.read(
            InputDocument.of("fixtures/" + fixture, bytes),
            new SourceInfo("fixtures", SourceKind.FILE, "fixtures/" + fixture),
            RECEIVED);

    assertThat(results).hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      ArticleResult got = results.get(i);
      String item = fixture + " item " + i;
      if (want.has("error")) {
        assertThat(got).as(item).isInstanceOf(ArticleResult.Rejected.class);
        IngestException error = ((ArticleResult.Rejected) got).error();
        soft.assertThat(error.reason().name())
            .as(item + " reason")
            .isEqualTo(want.get("error").asText());
        soft.assertThat(error.position().toString())
            .as(item + " position")
            .isEqualTo(want.get("position").asText());
        soft.assertThat(error.getMessage())
            .as(item + " message")
            .contains(want.get("messageContains").asText())
            .startsWith("fixtures/" + fixture);
        if (want.has("itemId")) {
          JsonNode id = want.get("itemId");
          soft.assertThat(error.itemId())
              .as(item + " itemId")
              .isEqualTo(id.isNull() ? null : id.asText());
        }
        continue;
      }
      assertThat(got).as(item + " accepted, not " + got).isInstanceOf(ArticleResult.Accepted.class);
      RawArticle article = ((ArticleResult.Accepted) got).article();
      check(soft, item, want, "format", article.getFormat().name());
      check(soft, item, want, "id", article.getId());
      if (want.has("idPrefix")) {
        soft.assertThat(article.getId())
            .as(item + " id")
            .startsWith(want.get("idPrefix").asText())
            .hasSize(want.get("idPrefix").asText().length() + 32);
      }
      check(soft, item, want, "url", article.getUrl());
      check(soft, item, want, "headline", article.getHeadline());
      check(soft, item, want, "byline", article.getByline());
      check(soft, item, want, "dateline", article.getDateline());
      check(soft, item, want, "language", article.getLanguage());
      check(soft, item, want, "published", article.getPublished().toString());
      check(soft, item, want, "publishedFrom", article.getPublishedFrom().name());
      check(
          soft,
          item,
          want,
          "publishedOffset",
          article.getPublishedOffset() == null ? null : article.getPublishedOffset().toString());
      check(soft, item, want, "body", article.getBody());
      if (want.has("attributes")) {
        Iterator<Map.Entry<String, JsonNode>> attributes = want.get("attributes").fields();
        while (attributes.hasNext()) {
          Map.Entry<String, JsonNode> attribute = attributes.next();
          soft.assertThat(article.getAttributes())
              .as(item + " attributes")
              .containsEntry(attribute.getKey(), attribute.getValue().asText());
        }
      }
      soft.assertThat(article.getVersion()).as(item + " version").isEqualTo(1);
      soft.assertThat(article.getReceived()).as(item + " received").isEqualTo(RECEIVED);
      soft.assertThat(article.getContentHash()).as(item + " contentHash").matches("[0-9a-f]{64}");
      soft.assertThat(article.getSource().getUri())
          .as(item + " source")
          .isEqualTo("fixtures/" + fixture);
    }
    soft.assertAll();
  }

  @org.junit.jupiter.api.Test
  void readersSharedAcrossThreadsGiveTheSameArticles() throws Exception {
    List<String> fixtures =
        List.of(
            "html-article.html",
            "rss2.xml",
            "atom.xml",
            "newsml-g2.xml",
            "ninjs3.json",
            "articles.jsonl",
            "text-ap-dateline.txt");
    java.util.function.Function<String, String> readOnce =
        fixture ->
            reader
                .read(
                    InputDocument.of(fixture, Fixtures.bytes("formats/" + fixture)),
                    new SourceInfo("fixtures", SourceKind.FILE, fixture),
                    RECEIVED)
                .toString();
    List<String> sequential = fixtures.stream().map(readOnce).toList();

    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> fixtures.stream().map(readOnce).toList()));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(
      SoftAssertions soft, String item, JsonNode want, String field, String actual) {
    if (want.has(field)) {
      JsonNode value = want.get(field);
      soft.assertThat(actual)
          .as(item + " " + field)
          .isEqualTo(value.isNull() ? null : value.asText());
    }
  }
}
