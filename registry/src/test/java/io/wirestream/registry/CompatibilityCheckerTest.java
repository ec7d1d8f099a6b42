package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompatibilityCheckerTest {

  @ParameterizedTest(name = "{0}: {2} after [{1}] -> compatible={3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      BACKWARD            | user-v1                           | user-optional-email   | true
      BACKWARD            | user-v1                           | user-required-age     | false
      BACKWARD            | user-v1                           | user-without-name     | true
      BACKWARD            | user-v1                           | user-name-int-default | false
      FORWARD             | user-v1                           | user-required-age     | true
      FORWARD             | user-v1                           | user-without-name     | false
      FULL                | user-v1                           | user-optional-email   | true
      FULL                | user-v1                           | user-required-age     | false
      FULL                | user-v1                           | user-without-name     | false
      NONE                | user-v1                           | user-name-int-default | true
      BACKWARD            | user-v1 user-without-name         | user-name-int-default | true
      BACKWARD_TRANSITIVE | user-v1 user-without-name         | user-name-int-default | false
      FORWARD             | user-v1 user-name-int-default     | user-without-name     | true
      FORWARD_TRANSITIVE  | user-v1 user-name-int-default     | user-without-name     | false
      FULL                | user-v1 user-name-int-default     | user-without-name     | true
      FULL_TRANSITIVE     | user-v1 user-name-int-default     | user-without-name     | false
      FULL_TRANSITIVE     | user-v1 user-optional-email       | user-optional-email   | true
      """)
  void levelDecidesDirectionAndReach(
      CompatibilityLevel level, String history, String candidate, boolean compatible) {
    List<CompatibilityChecker.Earlier> earlier = new ArrayList<>();
    for (String fixture : history.split(" ")) {
      earlier.add(new CompatibilityChecker.Earlier(earlier.size() + 1, parse(fixture)));
    }

    List<String> problems = CompatibilityChecker.check(level, parse(candidate), earlier);

    assertThat(problems.isEmpty()).as("problems: %s", problems).isEqualTo(compatible);
  }

  @ParameterizedTest(name = "{0} reports {1}")
  @CsvSource({
    "user-required-age, READER_FIELD_MISSING_DEFAULT_VALUE",
    "user-name-int-default, TYPE_MISMATCH"
  })
  void messagesNameTheProblemTheVersionAndTheLevel(String candidate, String errorType) {
    List<String> problems =
        CompatibilityChecker.check(
            CompatibilityLevel.BACKWARD,
            parse(candidate),
            List.of(new CompatibilityChecker.Earlier(1, parse("user-v1"))));

    assertThat(problems).anyMatch(message -> message.contains("errorType:'" + errorType + "'"));
    assertThat(problems).contains("{oldSchemaVersion: 1}", "{compatibility: 'BACKWARD'}");
  }

  private static Schema parse(String fixture) {
    return new Schema.Parser().parse(Fixtures.schema(fixture));
  }
}
