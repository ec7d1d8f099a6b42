package io.wirestream.publish.route;

import io.wirestream.publish.route.ArticlePredicate.Combine;
import io.wirestream.publish.route.ArticlePredicate.Field;
import io.wirestream.publish.route.ArticlePredicate.Quantifier;
import io.wirestream.publish.route.ArticlePredicate.SetCriterion;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route predicate language as URL query parameters, for the live stream: {@code tag=}, {@code
 * topic=}, {@code place=}, {@code person=}, {@code org=}, {@code lang=}, {@code source=}, {@code
 * q=} (text), {@code from=}/{@code to=} (published window). A repeated parameter means any of its
 * values; different parameters must all hold.
 */
public final class PredicateQuery {

  private static final Map<String, Field> FIELDS =
      Map.of(
          "tag",
          Field.TAGS,
          "topic",
          Field.TOPICS,
          "place",
          Field.PLACES,
          "person",
          Field.PEOPLE,
          "org",
          Field.ORGANISATIONS,
          "lang",
          Field.LANGUAGE,
          "source",
          Field.SOURCE);

  /** Parameters that are not criteria (route selection, paging) and are left to the caller. */
  private static final Set<String> OTHER = Set.of("route");

  private PredicateQuery() {}

  /** The predicate of these parameters; IllegalArgumentException names an unknown or bad one. */
  public static ArticlePredicate parse(Map<String, List<String>> params) {
    List<SetCriterion> sets = new ArrayList<>();
    List<String> text = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    for (Map.Entry<String, List<String>> p : new java.util.TreeMap<>(params).entrySet()) {
      List<String> values =
          p.getValue().stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
      if (values.isEmpty() || OTHER.contains(p.getKey())) {
        continue;
      }
      Field field = FIELDS.get(p.getKey());
      switch (p.getKey()) {
        case "q" -> text.addAll(values);
        case "from" -> from = instant(p.getKey(), values.get(0));
        case "to" -> to = instant(p.getKey(), values.get(0));
        default -> {
          if (field == null) {
            throw new IllegalArgumentException(
                "unknown filter '"
                    + p.getKey()
                    + "' (expected route, tag, topic, place, person, org, lang, source, q, from, to)");
          }
          sets.add(new SetCriterion(field, Quantifier.ANY, Set.copyOf(values)));
        }
      }
    }
    return new ArticlePredicate(Combine.ALL, sets, text, from, to);
  }

  private static Instant instant(String name, String value) {
    try {
      return RouteTableParser.parseInstant(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + "=" + value + " is not an ISO-8601 date or instant");
    }
  }
}
