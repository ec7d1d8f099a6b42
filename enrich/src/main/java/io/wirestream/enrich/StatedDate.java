package io.wirestream.enrich;

import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.TimexType;
import io.wirestream.enrich.dates.TemporalTagger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first full calendar date a story states ("April 17, 2024", "2024-04-17"), for a story that
 * comes without a publication time: relative dates are better resolved against the story's own date
 * than against an arbitrary one. A date counts as stated when it resolves to the same day against
 * two reference dates decades apart, so "Friday" or "April 17" (which take their year from the
 * reference) never count.
 */
public final class StatedDate {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Instant FIRST_PROBE = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant SECOND_PROBE = Instant.parse("2000-07-01T00:00:00Z");

  private StatedDate() {}

  /**
   * The reference for a story that carries no publication time: its stated date, else 1970-01-01,
   * so that the output never depends on when it is enriched.
   */
  public static Instant referenceFor(String headline, String body) {
    return in(headline, body).orElse(Instant.EPOCH);
  }

  /** Midnight UTC of the first full date in the headline, else in the body. */
  public static Optional<Instant> in(String headline, String body) {
    TemporalTagger tagger = TemporalTagger.standard();
    for (String text : new String[] {headline, body}) {
      if (text == null || text.isEmpty()) {
        continue;
      }
      List<TemporalExpression> first = tagger.tag(text, "body", FIRST_PROBE);
      List<TemporalExpression> second = tagger.tag(text, "body", SECOND_PROBE);
      for (TemporalExpression a : first) {
        if (a.getType() == TimexType.DATE
            && a.getValue() != null
            && DAY.matcher(a.getValue()).matches()) {
          for (TemporalExpression b : second) {
            if (b.getBegin() == a.getBegin() && a.getValue().equals(b.getValue())) {
              return Optional.of(
                  LocalDate.parse(a.getValue()).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
