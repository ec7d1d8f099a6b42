package io.wirestream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Format;
import io.wirestream.avro.Mention;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.TimexType;
import io.wirestream.avro.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

  static EnrichedArticle article() {
    return EnrichedArticle.newBuilder()
        .setId("a-1")
        .setSource(Source.newBuilder().setName("wire").setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline("Talks resume")
        .setBody("Talks resume on April 17 in \"Baku\".")
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse("2024-04-24T09:00:05Z"))
        .setContentHash("h")
        .setAttributes(Map.of("b", "2", "a", "1"))
        .setLanguage("en")
        .setDates(
            List.of(
                TemporalExpression.newBuilder()
                    .setText("April 17")
                    .setBegin(16)
                    .setEnd(24)
                    .setField("body")
                    .setType(TimexType.DATE)
                    .setValue("2024-04-17")
                    .setRangeBegin(Instant.parse("2024-04-17T00:00:00Z"))
                    .setRangeEnd(Instant.parse("2024-04-18T00:00:00Z"))
                    .build()))
        .setTopics(List.of(new Topic("medtop:11000000", "politics and government", 0.9)))
        .setEntities(
            List.of(
                Entity.newBuilder()
                    .setType(EntityType.PLACE)
                    .setName("Baku")
                    .setCode("AZ")
                    .setSalience(0.5)
                    .setMentions(List.of(new Mention("Baku", 29, 33, "body")))
                    .build()))
        .setKeywords(List.of("talks"))
        .setTags(List.of("place:AZ", "lang:en"))
        .setReferenceDate(Instant.parse("2024-04-24T09:00:00Z"))
        .setEnricherVersion("test")
        .build();
  }

  @Test
  void printsTheContractShape() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AvroJson.toJson(article()));
    assertThat(json.get("id").asText()).isEqualTo("a-1");
    assertThat(json.get("published").asText()).isEqualTo("2024-04-24T09:00:00Z");
    assertThat(json.get("url").isNull()).isTrue();
    JsonNode date = json.get("dates").get(0);
    assertThat(date.get("type").asText()).isEqualTo("DATE");
    assertThat(date.get("value").asText()).isEqualTo("2024-04-17");
    assertThat(date.get("mod").isNull()).isTrue();
    assertThat(date.get("field").asText()).isEqualTo("body");
    assertThat(date.get("rangeBegin").asText()).isEqualTo("2024-04-17T00:00:00Z");
    assertThat(json.get("topics").get(0).get("score").asDouble()).isEqualTo(0.9);
    JsonNode entity = json.get("entities").get(0);
    assertThat(entity.get("code").asText()).isEqualTo("AZ");
    assertThat(entity.get("mentions").get(0).get("begin").asInt()).isEqualTo(29);
    assertThat(json.get("tags").get(1).asText()).isEqualTo("lang:en");
  }

  @Test
  void sameRecordPrintsIdenticallyWithMapKeysSorted() {
    String once = AvroJson.toJson(article());
    assertThat(AvroJson.toJson(article())).isEqualTo(once);
    assertThat(once).contains("\"attributes\":{\"a\":\"1\",\"b\":\"2\"}");
    assertThat(once).contains("in \\\"Baku\\\".");
  }
}
