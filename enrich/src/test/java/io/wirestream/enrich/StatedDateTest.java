package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDateTest {

  @ParameterizedTest(name = "''{0}'' / ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Storm hits coast | The storm reached the coast on Sept. 12, 2021, and moved north."
            + " | 2021-09-12",
        "Vote set for 2024-11-05 | Polls open on Nov. 5, 2024. | 2024-11-05",
        "Vote called | Polls open on 17/04/2024 and close a day later. | 2024-04-17",
        // the headline's date comes before the body's
        "Report of March 3, 2023 | It follows one of June 1, 2020. | 2023-03-03",
        // dates that take their year or day from the reference are not stated
        "Talks on Friday | They resume on April 17 and end next week. |",
        "Year in review | 2023 was a year of elections; the 1990s were calmer. |",
        " | | ",
      })
  void firstFullDateTheStoryStates(String headline, String body, String expected) {
    Optional<Instant> stated = StatedDate.in(headline, body);
    if (expected == null) {
      assertThat(stated).isEmpty();
    } else {
      assertThat(stated).contains(Instant.parse(expected + "T00:00:00Z"));
    }
  }
}
