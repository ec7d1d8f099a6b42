package io.wirestream.publish;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.Source;
import io.wirestream.avro.SourceKind;
import io.wirestream.avro.Topic;
import java.time.Instant;
import java.util.List;

/** Enriched articles written for the tests: a conflict story from Baku and a markets story. */
public final class Articles {

  private Articles() {}

  public static EnrichedArticle.Builder base(String id) {
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setVersion(1)
        .setSource(Source.newBuilder().setName("Desk Wire").setKind(SourceKind.FILE).build())
        .setFormat(Format.TEXT)
        .setHeadline("Headline " + id)
        .setBody("Body of " + id + ".")
        .setPublished(Instant.parse("2024-04-24T09:00:00Z"))
        .setPublishedFrom(PublishedFrom.METADATA)
        .setReceived(Instant.parse("2024-04-24T09:00:01Z"))
        .setContentHash("hash-" + id)
        .setLanguage("en")
        .setReferenceDate(Instant.parse("2024-04-24T09:00:00Z"))
        .setEnricherVersion("test");
  }

  /** Azerbaijan, Armenia, a ceasefire, Ilham Aliyev; topic conflict, war and peace. */
  public static EnrichedArticle conflict(String id) {
    return base(id)
        .setHeadline("Ceasefire talks resume in Baku")
        .setBody(
            "Negotiators from Azerbaijan and Armenia met on Friday. Ilham Aliyev <b>welcomed</b> the talks.")
        .setTopics(List.of(new Topic("medtop:16000000", "conflict, war and peace", 0.9)))
        .setEntities(
            List.of(
                entity(EntityType.PLACE, "Azerbaijan", "AZ"),
                entity(EntityType.PLACE, "Armenia", "AM"),
                entity(EntityType.PERSON, "Ilham Aliyev", null)))
        .setTags(
            List.of(
                "topic:medtop:16000000", "place:AZ", "place:AM", "person:Ilham Aliyev", "lang:en"))
        .build();
  }

  /** A French markets story from another source, published in 2025. */
  public static EnrichedArticle markets(String id) {
    return base(id)
        .setHeadline("Les marchés reculent")
        .setBody("La Bourse de Paris a reculé mardi.")
        .setLanguage("fr-FR")
        .setSource(Source.newBuilder().setName("Bourse Feed").setKind(SourceKind.FEED).build())
        .setPublished(Instant.parse("2025-02-04T17:30:00Z"))
        .setTopics(List.of(new Topic("medtop:04000000", "economy, business and finance", 0.8)))
        .setEntities(
            List.of(
                entity(EntityType.PLACE, "Paris", "FR"),
                entity(EntityType.ORGANISATION, "Euronext", null)))
        .setTags(List.of("topic:medtop:04000000", "place:FR", "org:Euronext", "lang:fr"))
        .build();
  }

  private static Entity entity(EntityType type, String name, String code) {
    return Entity.newBuilder()
        .setType(type)
        .setName(name)
        .setCode(code)
        .setSalience(0.5)
        .setMentions(List.of())
        .build();
  }
}
