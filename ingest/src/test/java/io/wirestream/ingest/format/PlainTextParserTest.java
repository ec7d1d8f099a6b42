package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.IngestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a plain-text file is split into headline, byline, dateline and body. */
class PlainTextParserTest {

  private final DocumentParser parser = DocumentParser.withDefaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "headline then blank line | Title here\\n\\nBody one. | Title here | - | Body one.",
        "headline directly above the story | Title here\\nBody one. | Title here | - | Body one.",
        "byline after the headline | Title\\n"
            + "\\n"
            + "By Jane Roe\\n"
            + "\\n"
            + "Body. | Title | By Jane Roe | Body.",
        "one-line file is all body | Just a sentence. | - | - | Just a sentence.",
        "first line a sentence of the story | The council met today.\\n"
            + "It voted. | - | - | The council met today.\\n"
            + "It voted.",
        "dateline first means no headline | WASHINGTON (AP) — The Senate voted. | - | - |"
            + " WASHINGTON (AP) — The Senate voted.",
        "chrome before the headline is skipped | Skip to content\\n"
            + "Title\\n"
            + "\\n"
            + "Body. | Title | - | Body."
      })
  void splitsTheStory(String label, String text, String headline, String byline, String body)
      throws IngestException {
    byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);

    ParsedItem item =
        ((ItemResult.Parsed) parser.parse(InputDocument.of("a.txt", bytes)).get(0)).item();

    assertThat(item.headline()).isEqualTo(headline);
    assertThat(item.byline()).isEqualTo(byline);
    assertThat(item.body()).isEqualTo(body.replace("\\n", "\n"));
  }
}
