package io.wirestream.enrich;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.Topic;
import io.wirestream.enrich.dates.TemporalTagger;
import io.wirestream.enrich.entities.EntityTagger;
import io.wirestream.enrich.keywords.KeywordExtractor;
import io.wirestream.enrich.language.LanguageDetector;
import io.wirestream.enrich.topics.TopicTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Turns a RawArticle into an EnrichedArticle: language, dates, topics, entities, keywords and the
 * flat routing tags. A pure function of the article and {@link #VERSION}: no clock, no network, no
 * randomness, so a replay rebuilds byte-identical records. Thread-safe; build once and share.
 *
 * <p>The analysers are for English. An article detected as another language gets its language and
 * tag only, rather than English rules applied to text they were not made for.
 */
public final class Enricher implements Function<RawArticle, EnrichedArticle> {

  /**
   * The project version and a digest of the enricher's code, rules and models, computed by the
   * build (enrich/pom.xml): it changes whenever what the enricher outputs can change.
   */
  public static final String VERSION = builtVersion();

  private static final String HEADLINE = "headline";
  private static final String BODY = "body";

  private final LanguageDetector language;
  private final TemporalTagger dates;
  private final TopicTagger topics;
  private final EntityTagger entities;
  private final KeywordExtractor keywords;

  public Enricher(
      LanguageDetector language,
      TemporalTagger dates,
      TopicTagger topics,
      EntityTagger entities,
      KeywordExtractor keywords) {
    this.language = language;
    this.dates = dates;
    this.topics = topics;
    this.entities = entities;
    this.keywords = keywords;
  }

  /** The enricher with every bundled analyser (loads models and gazetteers: build once). */
  public static Enricher standard() {
    return Holder.STANDARD;
  }

  private static String builtVersion() {
    String resource = "enricher-version.properties";
    try (InputStream in = Enricher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing: build the enrich module with Maven");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded on first use and shared: the analysers are immutable. */
  private static final class Holder {
    static final Enricher STANDARD =
        new Enricher(
            LanguageDetector.load(),
            TemporalTagger.standard(),
            TopicTagger.load(),
            EntityTagger.load(),
            KeywordExtractor.standard());
  }

  public EnrichedArticle enrich(RawArticle raw) {
    String headline = raw.getHeadline() == null ? "" : raw.getHeadline();
    String body = raw.getBody();
    String lang = language.detect(headline, body).orElse(raw.getLanguage());
    EnrichedArticle.Builder enriched = EnrichedArticles.from(raw, VERSION).setLanguage(lang);
    if (lang != null && !lang.startsWith("en")) {
      return enriched.setTags(RoutingTags.of(List.of(), List.of(), lang)).build();
    }
    LocalDate today = publicationDay(raw);
    List<TemporalExpression> found = new ArrayList<>(dates.tag(headline, HEADLINE, today));
    found.addAll(dates.tag(body, BODY, today));
    List<Topic> subjects = topics.tag(headline, body);
    List<Entity> named = entities.tag(headline, body);
    return enriched
        .setDates(found)
        .setTopics(subjects)
        .setEntities(named)
        .setKeywords(keywords.keywords(headline, body, entities.peopleAndPlacesAsNamed(named)))
        .setTags(RoutingTags.of(subjects, named, lang))
        .build();
  }

  /**
   * The day "today" means in the story: the publication time's calendar day where the publisher
   * was, when the source gave its UTC offset (a story published at 21:00-04:00 on 24 April says
   * "today" of the 24th, not of the 25th it already is in UTC), else in UTC.
   */
  static LocalDate publicationDay(RawArticle raw) {
    Integer offsetSeconds = raw.getPublishedOffset();
    ZoneOffset offset =
        offsetSeconds == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds);
    return LocalDate.ofInstant(raw.getPublished(), offset);
  }

  @Override
  public EnrichedArticle apply(RawArticle raw) {
    return enrich(raw);
  }
}
