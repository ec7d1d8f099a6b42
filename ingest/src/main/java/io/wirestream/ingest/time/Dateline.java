package io.wirestream.ingest.time;

import java.time.MonthDay;
import java.util.Optional;

/**
 * A dateline found at the start of a story, e.g. {@code LONDON, April 17 (Reuters) -}.
 *
 * @param text the dateline as written, including its closing dash
 * @param place the place, as written ("BAKU, Azerbaijan")
 * @param monthDay the date, when the dateline has one
 * @param year the year, when the dateline writes one (rare), else 0
 * @param agency the agency in parentheses ("AP", "Reuters"), or null
 */
public record Dateline(String text, String place, MonthDay monthDay, int year, String agency) {

  public Optional<MonthDay> date() {
    return Optional.ofNullable(monthDay);
  }

  public boolean hasYear() {
    return year > 0;
  }
}
