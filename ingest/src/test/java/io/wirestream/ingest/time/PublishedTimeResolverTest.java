package io.wirestream.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.PublishedFrom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared time first, then the dateline's date in the right year, then the received time. */
class PublishedTimeResolverTest {

  private final PublishedTimeResolver resolver = PublishedTimeResolver.defaults();

  @Test
  void declaredTimeWinsAndKeepsItsOrigin() {
    Instant declared = Instant.parse("2024-04-17T08:00:00Z");

    PublishedTime time =
        resolver.resolve(
            declared,
            PublishedFrom.FEED,
            "LONDON, April 1 (Reuters) -",
            null,
            Instant.parse("2024-04-18T00:00:00Z"));

    assertThat(time).isEqualTo(new PublishedTime(declared, PublishedFrom.FEED));
  }

  @ParameterizedTest(name = "{0} received {1} -> {2}")
  @CsvSource({
    "'LONDON, April 17 (Reuters) - Text', 2024-04-18T12:00:00Z, 2024-04-17T00:00:00Z",
    "'LONDON, April 18 (Reuters) - Text', 2024-04-18T12:00:00Z, 2024-04-18T00:00:00Z",
    "'LONDON, Dec 31 (Reuters) - Text', 2025-01-02T08:00:00Z, 2024-12-31T00:00:00Z",
    "'LONDON, April 19 (Reuters) - Text', 2024-04-18T12:00:00Z, 2023-04-19T00:00:00Z",
    "'LONDON, Feb 29 (Reuters) - Text', 2025-03-01T00:00:00Z, 2024-02-29T00:00:00Z",
    "'GENEVA, March 3, 2021 (Reuters) - Text', 2024-04-18T12:00:00Z, 2021-03-03T00:00:00Z"
  })
  void datelineDateResolvesToTheLatestDateNotAfterReceipt(
      String body, Instant received, Instant expected) {
    PublishedTime time = resolver.resolve(null, null, null, body, received);

    assertThat(time).isEqualTo(new PublishedTime(expected, PublishedFrom.DATELINE));
  }

  @Test
  void datelineFieldIsPreferredOverTheBody() {
    PublishedTime time =
        resolver.resolve(
            null,
            null,
            "PARIS, May 2 (AFP) —",
            "Some text without a dateline.",
            Instant.parse("2024-06-01T00:00:00Z"));

    assertThat(time.instant()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
  }

  @Test
  void datelineWithoutDateFallsBackToReceived() {
    Instant received = Instant.parse("2024-04-18T12:00:00Z");

    PublishedTime time =
        resolver.resolve(null, null, null, "BAKU, Azerbaijan (AP) — Text", received);

    assertThat(time).isEqualTo(new PublishedTime(received, PublishedFrom.RECEIVED));
  }

  @Test
  void nothingKnownMeansReceived() {
    Instant received = Instant.parse("2024-04-18T12:00:00Z");

    assertThat(resolver.resolve(null, null, null, null, received))
        .isEqualTo(new PublishedTime(received, PublishedFrom.RECEIVED));
  }
}
