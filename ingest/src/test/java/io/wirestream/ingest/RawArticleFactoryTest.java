package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.format.ParsedItem;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A parsed item becomes a valid, clean, identified and dated RawArticle. */
class RawArticleFactoryTest {

  private static final Instant RECEIVED = Instant.parse("2024-04-18T12:00:00Z");
  private static final SourceInfo SOURCE =
      new SourceInfo("wire", SourceKind.FEED, "https://wire.example/feed");
  private final RawArticleFactory factory = RawArticleFactory.withDefaults();

  private static ParsedItem.Builder item() {
    return ParsedItem.builder(Format.RSS, ItemPosition.item(0));
  }

  @Test
  void buildsACompleteFirstVersion() throws IngestException {
    ParsedItem parsed =
        item()
            .guid("g-1")
            .url("https://wire.example/a?utm_source=x")
            .headline("  Big&nbsp;news  ")
            .byline("By  A. Writer")
            .body("Big news\n\nThe story.\n\nShare this article")
            .language("en_GB")
            .published(Instant.parse("2024-04-17T10:00:00Z"), PublishedFrom.FEED)
            .attribute("categories", "World")
            .build();

    RawArticle article = factory.create(parsed, SOURCE, RECEIVED);

    assertThat(article.getId()).isEqualTo("g-1");
    assertThat(article.getVersion()).isEqualTo(RawArticleFactory.FIRST_VERSION);
    assertThat(article.getSource().getKind()).isEqualTo(SourceKind.FEED);
    assertThat(article.getFormat()).isEqualTo(Format.RSS);
    assertThat(article.getUrl()).isEqualTo("https://wire.example/a?utm_source=x");
    assertThat(article.getHeadline()).isEqualTo("Big news");
    assertThat(article.getByline()).isEqualTo("By A. Writer");
    assertThat(article.getBody()).isEqualTo("The story.");
    assertThat(article.getLanguage()).isEqualTo("en-GB");
    assertThat(article.getPublished()).isEqualTo(Instant.parse("2024-04-17T10:00:00Z"));
    assertThat(article.getPublishedFrom()).isEqualTo(PublishedFrom.FEED);
    assertThat(article.getPublishedOffset()).as("the feed gave no offset").isNull();
    assertThat(article.getReceived()).isEqualTo(RECEIVED);
    assertThat(article.getContentHash()).hasSize(64);
    assertThat(article.getAttributes()).containsEntry("categories", "World");
  }

  @Test
  void keepsTheOffsetOfADeclaredPublicationTime() throws IngestException {
    ParsedItem parsed =
        item()
            .headline("H")
            .body("Body.")
            .published(OffsetDateTime.parse("2024-04-24T21:00:00-04:00"), PublishedFrom.METADATA)
            .build();

    RawArticle article = factory.create(parsed, SOURCE, RECEIVED);

    assertThat(article.getPublished()).isEqualTo(Instant.parse("2024-04-25T01:00:00Z"));
    assertThat(article.getPublishedOffset()).isEqualTo(-4 * 3600);
  }

  @Test
  void aPublicationTimeNotDeclaredHasNoOffset() throws IngestException {
    ParsedItem parsed = item().headline("H").body("LONDON, April 17 (Reuters) - Body.").build();

    RawArticle article = factory.create(parsed, SOURCE, RECEIVED);

    assertThat(article.getPublishedFrom()).isEqualTo(PublishedFrom.DATELINE);
    assertThat(article.getPublishedOffset()).isNull();
  }

  @Test
  void sameItemTwiceGivesTheSameArticle() throws IngestException {
    ParsedItem parsed = item().url("https://wire.example/a").headline("H").body("Body.").build();

    assertThat(factory.create(parsed, SOURCE, RECEIVED))
        .isEqualTo(factory.create(parsed, SOURCE, RECEIVED));
  }

  @Test
  void itemWithNothingLeftAfterCleaningIsRejected() {
    ParsedItem parsed = item().body("Advertisement\n\nShare this article\n\nRead more").build();

    assertThatThrownBy(() -> factory.create(parsed, SOURCE, RECEIVED))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID_ITEM);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "https://wire.example/feed, item 1: no headline and no body text left after"
                          + " removing page chrome");
            });
  }

  @Test
  void headlineOnlyFlashIsAccepted() throws IngestException {
    RawArticle article =
        factory.create(item().headline("BREAKING: Quake hits city").build(), SOURCE, RECEIVED);

    assertThat(article.getBody()).isEmpty();
    assertThat(article.getHeadline()).isEqualTo("BREAKING: Quake hits city");
  }

  @Test
  void oversizedBodyIsRejectedEvenWhenBuiltDirectly() {
    RawArticleFactory small =
        new RawArticleFactory(
            io.wirestream.ingest.clean.TextCleaner.defaults(),
            io.wirestream.ingest.identity.ArticleIdentity.defaults(),
            io.wirestream.ingest.time.PublishedTimeResolver.defaults(),
            io.wirestream.ingest.time.DatelineParser.defaults(),
            new IngestLimits(10_000, 100, 10));

    assertThatThrownBy(() -> small.create(item().body("x".repeat(200)).build(), SOURCE, RECEIVED))
        .isInstanceOfSatisfying(
            IngestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "en, en",
        "en_US, en-US",
        "EN-gb, en-GB",
        "zh-Hant-TW, zh-Hant-TW",
        "und, -",
        "'not a tag!', -",
        "'', -"
      })
  void declaredLanguageBecomesABcp47Tag(String declared, String expected) {
    assertThat(RawArticleFactory.languageTag(declared)).isEqualTo(expected);
  }
}
