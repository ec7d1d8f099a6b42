package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.Stage;
import io.wirestream.ingest.IngestException.Reason;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rejection becomes a dead letter that says where and why. */
class IngestDeadLettersTest {

  private static final Instant TIME = Instant.parse("2024-04-18T12:00:00Z");

  @Test
  void carriesLocationLineReasonAndMessage() {
    IngestException error =
        new IngestException(
            Reason.MALFORMED, "feeds/a.jsonl", ItemPosition.line(2, 3), "malformed JSON: x");

    DeadLetter letter = IngestDeadLetters.of(error, "{bad".getBytes(), TIME);

    assertThat(letter.getStage()).isEqualTo(Stage.INGEST);
    assertThat(letter.getOrigin().getLocation()).isEqualTo("feeds/a.jsonl");
    assertThat(letter.getOrigin().getLine()).isEqualTo(3L);
    assertThat(letter.getErrorClass()).isEqualTo("IngestException:MALFORMED");
    assertThat(letter.getErrorMessage()).isEqualTo("feeds/a.jsonl, line 3: malformed JSON: x");
    assertThat(letter.getValue().remaining()).isEqualTo(4);
    assertThat(letter.getTime()).isEqualTo(TIME);
  }

  @Test
  void largeValuesAreCut() {
    IngestException error =
        new IngestException(Reason.TOO_LARGE, "big.txt", ItemPosition.WHOLE_DOCUMENT, "x");

    DeadLetter letter =
        IngestDeadLetters.of(error, new byte[IngestDeadLetters.MAX_VALUE_BYTES * 2], TIME);

    assertThat(letter.getValue().remaining()).isEqualTo(IngestDeadLetters.MAX_VALUE_BYTES);
    assertThat(letter.getOrigin().getLine()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {"whole document, -1, 0, -", "feed item, 4, 0, 5", "json line, 4, 9, 9"})
  void positionNumberIsLineElseItemNumber(String label, int index, int line, Long expected) {
    assertThat(new ItemPosition(index, line).number()).isEqualTo(expected);
  }
}
