package io.wirestream.publish.route;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A compiled test over an EnrichedArticle: the criteria of a route's {@code match} block, or of the
 * live stream's query parameters. Criteria are combined with AND ({@link Combine#ALL}, the default)
 * or OR ({@link Combine#ANY}); each set criterion holds when any (or, for {@code all:}, every) of
 * its values is present. Values compare case-insensitively. Immutable and thread-safe.
 */
public final class ArticlePredicate {

  /** How the criteria of one predicate combine. */
  public enum Combine {
    ALL,
    ANY
  }

  /** How the values of one set criterion combine. */
  public enum Quantifier {
    ANY,
    ALL
  }

  /** What a set criterion compares: the lower-cased values an article has for it. */
  public enum Field {
    TAGS("tags", a -> lower(a.getTags())),
    TOPICS("topics", a -> lower(a.getTopics().stream().map(Topic::getQcode).toList())),
    PLACES("places", ArticlePredicate::places),
    PEOPLE("people", a -> entityNames(a, EntityType.PERSON, "person:")),
    ORGANISATIONS("organisations", a -> entityNames(a, EntityType.ORGANISATION, "org:")),
    LANGUAGE("language", ArticlePredicate::languages),
    SOURCE("source", a -> Set.of(a.getSource().getName().toLowerCase(Locale.ROOT)));

    final String key;
    final Function<EnrichedArticle, Set<String>> values;

    Field(String key, Function<EnrichedArticle, Set<String>> values) {
      this.key = key;
      this.values = values;
    }

    /** The name of the criterion in route files and query parameters. */
    public String key() {
      return key;
    }
  }

  /**
   * One set criterion: a field, its wanted values (lower-cased) and whether any or all must be
   * present.
   */
  public record SetCriterion(Field field, Quantifier quantifier, Set<String> wanted) {
    public SetCriterion {
      wanted = Set.copyOf(lower(wanted));
    }

    boolean test(EnrichedArticle article) {
      Set<String> present = field.values.apply(article);
      return quantifier == Quantifier.ALL
          ? present.containsAll(wanted)
          : wanted.stream().anyMatch(present::contains);
    }
  }

  private static final ArticlePredicate EVERYTHING =
      new ArticlePredicate(Combine.ALL, List.of(), List.of(), null, null);

  private final Combine combine;
  private final List<SetCriterion> sets;
  private final List<String> text;
  private final Instant publishedFrom;
  private final Instant publishedTo;

  /**
   * @param text phrases, any of which found case-insensitively in headline or body satisfies the
   *     text criterion (none: no text criterion)
   * @param publishedFrom inclusive lower bound of the published time, or null
   * @param publishedTo exclusive upper bound of the published time, or null
   */
  public ArticlePredicate(
      Combine combine,
      List<SetCriterion> sets,
      List<String> text,
      Instant publishedFrom,
      Instant publishedTo) {
    if (publishedFrom != null && publishedTo != null && !publishedFrom.isBefore(publishedTo)) {
      throw new IllegalArgumentException(
          "published window is empty: from " + publishedFrom + " is not before to " + publishedTo);
    }
    this.combine = combine;
    this.sets = List.copyOf(sets);
    this.text = List.copyOf(lower(text).stream().filter(t -> !t.isBlank()).toList());
    this.publishedFrom = publishedFrom;
    this.publishedTo = publishedTo;
  }

  /** The predicate every article satisfies. */
  public static ArticlePredicate everything() {
    return EVERYTHING;
  }

  public boolean test(EnrichedArticle article) {
    List<Boolean> results = new ArrayList<>(sets.size() + 2);
    for (SetCriterion set : sets) {
      results.add(set.test(article));
    }
    if (!text.isEmpty()) {
      String haystack =
          ((article.getHeadline() == null ? "" : article.getHeadline()) + "\n" + article.getBody())
              .toLowerCase(Locale.ROOT);
      results.add(text.stream().anyMatch(haystack::contains));
    }
    if (publishedFrom != null || publishedTo != null) {
      Instant published = article.getPublished();
      results.add(
          (publishedFrom == null || !published.isBefore(publishedFrom))
              && (publishedTo == null || published.isBefore(publishedTo)));
    }
    if (results.isEmpty()) {
      return true;
    }
    return combine == Combine.ALL ? !results.contains(false) : results.contains(true);
  }

  /** Whether this predicate has no criteria and so matches everything. */
  public boolean isEverything() {
    return sets.isEmpty() && text.isEmpty() && publishedFrom == null && publishedTo == null;
  }

  private static Set<String> lower(java.util.Collection<? extends CharSequence> values) {
    Set<String> out = new HashSet<>();
    for (CharSequence v : values) {
      out.add(v.toString().trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * A place matches by ISO country code or by name, from the entities or from {@code place:} tags.
   */
  private static Set<String> places(EnrichedArticle article) {
    Set<String> out = entityNames(article, EntityType.PLACE, "place:");
    for (Entity e : article.getEntities()) {
      if (e.getType() == EntityType.PLACE && e.getCode() != null) {
        out.add(e.getCode().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> entityNames(
      EnrichedArticle article, EntityType type, String tagPrefix) {
    Set<String> out = new HashSet<>();
    for (Entity e : article.getEntities()) {
      if (e.getType() == type) {
        out.add(e.getName().toLowerCase(Locale.ROOT));
      }
    }
    for (String tag : article.getTags()) {
      if (tag.regionMatches(true, 0, tagPrefix, 0, tagPrefix.length())) {
        out.add(tag.substring(tagPrefix.length()).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The detected language, else the declared one; "en-GB" also answers to "en". */
  private static Set<String> languages(EnrichedArticle article) {
    String language =
        article.getLanguage() != null ? article.getLanguage() : article.getDeclaredLanguage();
    if (language == null || language.isBlank()) {
      return Set.of();
    }
    String full = language.toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = full.indexOf('-');
    return dash > 0 ? Set.of(full, full.substring(0, dash)) : Set.of(full);
  }

  @Override
  public String toString() {
    return "ArticlePredicate["
        + combine
        + " "
        + sets
        + (text.isEmpty() ? "" : " text=" + text)
        + (publishedFrom == null && publishedTo == null
            ? ""
            : " published=[" + publishedFrom + ", " + publishedTo + ")")
        + "]";
  }
}
