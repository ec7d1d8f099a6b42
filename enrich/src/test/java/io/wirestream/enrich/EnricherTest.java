package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnricherTest {

  private static final Enricher ENRICHER = Enricher.standard();

  static RawArticle article(String headline, String body, String published) {
    return RawArticle.newBuilder()
        .setId("t-1")
        .setSource(Source.newBuilder().setName("test").setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline(headline)
        .setBody(body)
        .setPublished(Instant.parse(published))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse(published))
        .setContentHash("h")
        .build();
  }

  static final RawArticle WAR_STORY =
      article(
          "Fighting erupts between Azerbaijan and Armenia",
          "Azerbaijani troops and Armenian forces fought along the border on Monday, killing at least 12 soldiers, "
              + "the two defence ministries said.\n\nAzerbaijani President Ilham Aliyev said his army had repelled an attack "
              + "and accused Yerevan of shelling civilian areas. Armenian Prime Minister Nikol Pashinyan said Azerbaijan "
              + "had launched the offensive and asked allies for help.\n\nAliyev and Pashinyan were due to meet in Brussels "
              + "next month for peace talks, which now look unlikely.\n\nThe government in Baku said the country's "
              + "security council would meet on Tuesday, and Armenia's parliament held an emergency session. The foreign "
              + "ministers of both countries spoke by telephone with the European Union's envoy, and the United Nations "
              + "called for an immediate ceasefire.",
          "2024-04-23T10:00:00Z");

  @Test
  void warBetweenTwoCountriesGetsConflictAndPoliticsBothCountriesAndBothLeaders() {
    EnrichedArticle enriched = ENRICHER.enrich(WAR_STORY);

    List<String> topics = enriched.getTopics().stream().map(Topic::getQcode).toList();
    assertThat(topics).contains("medtop:16000000", "medtop:11000000");
    assertThat(enriched.getTopics().get(0).getQcode()).isEqualTo("medtop:16000000");
    assertThat(
            enriched.getEntities().stream()
                .filter(e -> e.getType() == EntityType.PLACE)
                .map(Entity::getCode))
        .contains("AZ", "AM");
    assertThat(
            enriched.getEntities().stream()
                .filter(e -> e.getType() == EntityType.PERSON)
                .map(Entity::getName))
        .contains("Ilham Aliyev", "Nikol Pashinyan");
    assertThat(enriched.getTags())
        .contains(
            "topic:medtop:16000000",
            "place:AZ",
            "place:AM",
            "person:Ilham Aliyev",
            "person:Nikol Pashinyan",
            "lang:en");
    assertThat(enriched.getLanguage()).isEqualTo("en");
    assertThat(enriched.getDates())
        .anySatisfy(
            d -> {
              assertThat(d.getText()).isEqualTo("Monday");
              assertThat(d.getValue()).isEqualTo("2024-04-22");
            });
    assertThat(enriched.getReferenceDate()).isEqualTo(Instant.parse("2024-04-23T10:00:00Z"));
    assertThat(enriched.getEnricherVersion()).isEqualTo(Enricher.VERSION);
  }

  @Test
  void versionNamesTheProjectVersionAndTheBuildsDigestOfTheEnricher() {
    assertThat(Enricher.VERSION).matches("wirestream-enrich/[0-9][^+]*\\+[0-9a-f]{12}");
  }

  @Test
  void enrichingTwiceGivesByteIdenticalRecordsAlsoOnOtherThreads() throws Exception {
    byte[] once = bytes(ENRICHER.enrich(WAR_STORY));
    byte[] elsewhere = CompletableFuture.supplyAsync(() -> bytes(ENRICHER.enrich(WAR_STORY))).get();
    assertThat(bytes(ENRICHER.enrich(WAR_STORY))).isEqualTo(once);
    assertThat(elsewhere).isEqualTo(once);
  }

  @Test
  void articleInAnotherLanguageGetsItsLanguageButNoEnglishAnalysis() {
    EnrichedArticle enriched =
        ENRICHER.enrich(
            article(
                "Le gouvernement présente son budget",
                "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine, avec des économies "
                    + "importantes dans les ministères et une hausse des dépenses militaires.",
                "2024-09-25T08:00:00Z"));
    assertThat(enriched.getLanguage()).isEqualTo("fr");
    assertThat(enriched.getTags()).containsExactly("lang:fr");
    assertThat(enriched.getDates()).isEmpty();
  }

  @Test
  void relativeDatesResolveAgainstThePublicationTimeNotTheClock() {
    RawArticle story =
        article(
            "Talks next week", "The ministers will meet again next week.", "2019-03-06T12:00:00Z");
    EnrichedArticle enriched = ENRICHER.enrich(story);
    assertThat(enriched.getDates()).anySatisfy(d -> assertThat(d.getValue()).isEqualTo("2019-W11"));
  }

  @ParameterizedTest(name = "published {0}, offset {1} -> today is {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        // 21:00 on 24 April in New York is already the 25th in UTC
        "2024-04-25T01:00:00Z, -14400, 2024-04-24",
        "2024-04-25T01:00:00Z, -, 2024-04-25",
        // 08:00 on 25 April in Sydney is still the 24th in UTC
        "2024-04-24T22:00:00Z, 36000, 2024-04-25"
      })
  void relativeDatesResolveOnThePublishersCalendarDay(
      String published, Integer offsetSeconds, String today) {
    RawArticle story = article("Council meets", "The council met today and adjourned.", published);
    story.setPublishedOffset(offsetSeconds);
    EnrichedArticle enriched = ENRICHER.enrich(story);
    assertThat(enriched.getDates())
        .singleElement()
        .satisfies(d -> assertThat(d.getValue()).isEqualTo(today));
    assertThat(enriched.getPublishedOffset()).isEqualTo(offsetSeconds);
  }

  private static byte[] bytes(EnrichedArticle article) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<>(EnrichedArticle.class).write(article, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
