package io.wirestream.ingest.time;

import io.wirestream.avro.PublishedFrom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides an article's publication time: the time the feed or metadata declared; else the date of a
 * dateline ("LONDON, April 17 (Reuters)"), in the year that makes it the latest such date not after
 * the received time, at 00:00 UTC; else the received time. The received time is an input, never the
 * clock, so the result is a pure function of the item.
 */
public final class PublishedTimeResolver {

  private final DatelineParser datelines;

  public PublishedTimeResolver(DatelineParser datelines) {
    this.datelines = Objects.requireNonNull(datelines, "datelines");
  }

  public static PublishedTimeResolver defaults() {
    return new PublishedTimeResolver(DatelineParser.defaults());
  }

  /**
   * Resolves the publication time.
   *
   * @param declared the time the source declared, or null
   * @param declaredFrom FEED or METADATA for a declared time (METADATA when null)
   * @param dateline the dateline the parser found, or null; when null the body's start is tried
   * @param body the story text, for a dateline at its start; may be null
   * @param received when ingest read the item
   */
  public PublishedTime resolve(
      Instant declared,
      PublishedFrom declaredFrom,
      String dateline,
      String body,
      Instant received) {
    Objects.requireNonNull(received, "received");
    if (declared != null) {
      return new PublishedTime(
          declared, declaredFrom == null ? PublishedFrom.METADATA : declaredFrom);
    }
    Optional<Dateline> found = datelines.find(dateline != null ? dateline : body);
    if (found.isEmpty() && dateline != null) {
      found = datelines.find(body);
    }
    Optional<Instant> fromDateline = found.flatMap(d -> datelineInstant(d, received));
    return fromDateline
        .map(instant -> new PublishedTime(instant, PublishedFrom.DATELINE))
        .orElseGet(() -> new PublishedTime(received, PublishedFrom.RECEIVED));
  }

  private static Optional<Instant> datelineInstant(Dateline dateline, Instant received) {
    if (dateline.monthDay() == null) {
      return Optional.empty();
    }
    MonthDay monthDay = dateline.monthDay();
    LocalDate receivedDate = received.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate date;
    if (dateline.hasYear()) {
      if (!monthDay.isValidYear(dateline.year())) {
        return Optional.empty();
      }
      date = monthDay.atYear(dateline.year());
    } else {
      // The most recent such date not after the day it was received; Feb 29 steps back to a leap
      // year.
      int year = receivedDate.getYear();
      date = null;
      for (int back = 0; back <= 8 && date == null; back++) {
        int candidateYear = year - back;
        if (monthDay.isValidYear(candidateYear)) {
          LocalDate candidate = monthDay.atYear(candidateYear);
          if (!candidate.isAfter(receivedDate)) {
            date = candidate;
          }
        }
      }
      if (date == null) {
        return Optional.empty();
      }
    }
    return Optional.of(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
