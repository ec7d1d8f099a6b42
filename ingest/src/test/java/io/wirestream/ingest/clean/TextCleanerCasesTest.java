package io.wirestream.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of cleaner cases, one file each in {@code fixtures/cleaner}: a {@code headline:} line, then
 * the raw text after {@code --- input} and the clean body after {@code --- expected}.
 */
class TextCleanerCasesTest {

  private final TextCleaner cleaner = TextCleaner.defaults();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(TextCleanerCasesTest.class.getResource("/fixtures/cleaner").toURI());
    return Files.list(dir).filter(p -> p.toString().endsWith(".case.txt")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleansAsTheCaseFileExpects(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String headline = text.substring("headline:".length(), text.indexOf('\n')).strip();
    String input = between(text, "--- input\n", "--- expected\n");
    String expected =
        text.substring(text.indexOf("--- expected\n") + "--- expected\n".length()).strip();

    assertThat(cleaner.clean(input, headline.isEmpty() ? null : headline)).isEqualTo(expected);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
