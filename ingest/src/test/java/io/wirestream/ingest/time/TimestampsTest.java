package io.wirestream.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The timestamp forms found in metadata all read to the same instant, in the offset written. */
class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-04-17T08:30:00Z | 2024-04-17T08:30:00Z",
        "2024-04-17T10:30:00+02:00 | 2024-04-17T08:30:00Z",
        "2024-04-17T10:30:00+0200 | 2024-04-17T08:30:00Z",
        "2024-04-17T08:30:00 | 2024-04-17T08:30:00Z",
        "2024-04-17 08:30 | 2024-04-17T08:30:00Z",
        "2024-04-17 | 2024-04-17T00:00:00Z",
        "Wed, 17 Apr 2024 08:30:00 GMT | 2024-04-17T08:30:00Z",
        "20240417T103000+0200 | 2024-04-17T08:30:00Z"
      })
  void readsTimestamp(String text, Instant expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-04-24T21:00:00-04:00 | -04:00",
        "2024-04-24T21:00:00-0400 | -04:00",
        "Wed, 24 Apr 2024 21:00:00 -0400 | -04:00",
        "2024-04-25T06:00:00+10:00[Australia/Sydney] | +10:00",
        "2024-04-25T01:00:00Z | Z",
        "2024-04-24T21:00:00 | Z",
        "2024-04-24 | Z"
      })
  void keepsTheOffsetItWasWrittenIn(String text, String offset) {
    assertThat(Timestamps.parseWithOffset(text).getOffset()).isEqualTo(ZoneOffset.of(offset));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "yesterday", "17/04/2024", "2024-13-45"})
  void rejectsWhatIsNotATimestamp(String text) {
    assertThat(Timestamps.parse(text)).isNull();
  }
}
