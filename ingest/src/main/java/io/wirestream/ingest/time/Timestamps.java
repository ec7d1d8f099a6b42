package io.wirestream.ingest.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the timestamp strings found in metadata: ISO-8601 instants, offset or local date-times
 * (local ones taken as UTC), bare dates (start of day UTC), and RFC 1123 dates, keeping the offset
 * they were written in: it says which calendar day the publisher was in.
 */
public final class Timestamps {

  private static final DateTimeFormatter ISO_LOCAL_NO_T =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");
  // Local date-times and bare dates carry no offset and are taken as UTC (offset zero), which keeps
  // the calendar day as written.
  private static final List<Function<String, OffsetDateTime>> READERS =
      List.of(
          OffsetDateTime::parse,
          s -> ZonedDateTime.parse(s).toOffsetDateTime(),
          s -> OffsetDateTime.parse(fixOffset(s)),
          s -> LocalDateTime.parse(s).atOffset(ZoneOffset.UTC),
          s -> LocalDateTime.parse(s, ISO_LOCAL_NO_T).atOffset(ZoneOffset.UTC),
          s -> LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime(),
          s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssXX")));

  private Timestamps() {}

  /** Parses a timestamp, or returns null when the text is not one of the accepted forms. */
  public static Instant parse(String text) {
    OffsetDateTime time = parseWithOffset(text);
    return time == null ? null : time.toInstant();
  }

  /**
   * Parses a timestamp with the UTC offset it was written in (zero for forms without one), or
   * returns null when the text is not one of the accepted forms.
   */
  public static OffsetDateTime parseWithOffset(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    for (Function<String, OffsetDateTime> reader : READERS) {
      try {
        return reader.apply(s);
      } catch (DateTimeParseException | ArithmeticException e) {
        // try the next form
      }
    }
    return null;
  }

  /** "2024-04-17T10:00:00+0200" → "+02:00", a form common in feeds and meta tags. */
  private static String fixOffset(String s) {
    return s.matches(".*[+-]\\d{4}$")
        ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2)
        : s;
  }
}
