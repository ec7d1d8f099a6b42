package io.wirestream.enrich.dates.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeMlAnnotatorTest {

  private static String sample() throws IOException {
    try (InputStream in = TimeMlAnnotatorTest.class.getResourceAsStream("sample.tml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void insertsTimex3TagsResolvedAgainstTheDct() throws IOException {
    String out = new TimeMlAnnotator().annotate(sample());

    assertThat(out)
        .contains(
            "said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-02\">Friday</TIMEX3> that");
    assertThat(out)
        .contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997-Q3\">third-quarter</TIMEX3>");
    assertThat(out).contains("<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1901\">1901</TIMEX3>");
    assertThat(out)
        .contains("<TIMEX3 tid=\"t4\" type=\"DURATION\" value=\"P2Y\">the next two years</TIMEX3>");
  }

  @Test
  void keepsEverythingOutsideTheTimexTagsAsItWas() throws IOException {
    String in = sample();
    String out = new TimeMlAnnotator().annotate(in);

    assertThat(out.replaceAll("</?TIMEX3[^>]*>", ""))
        .isEqualTo(in.replaceAll("</?TIMEX3[^>]*>", ""));
    assertThat(out).contains("Smith &amp; Sons").contains("&lt;after costs&gt;");
    assertThat(out).startsWith(in.substring(0, in.indexOf("<TEXT>")));
  }

  @ParameterizedTest(name = "DCT value {0} is the reference {1}")
  @CsvSource({
    "1998-01-08, 1998-01-08T00:00:00Z",
    "1990-08-15T13:37, 1990-08-15T13:37:00Z",
    "1998-02-13T14:26:00, 1998-02-13T14:26:00Z"
  })
  void readsTheReferenceInstantFromTheDct(String dct, String expected) {
    String doc =
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct + "\">x</TIMEX3></DCT><TEXT></TEXT>";

    assertThat(TimeMlAnnotator.reference(doc)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void annotatesEveryTmlFileOfADirectory(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.tml"), sample());
    Files.writeString(in.resolve("notes.txt"), "not TimeML");

    TimeMlAnnotator.Summary summary = TimeMlAnnotator.annotateDirectory(in, dir.resolve("out"));

    assertThat(summary.files()).isEqualTo(1);
    assertThat(summary.expressions()).isEqualTo(4);
    assertThat(dir.resolve("out/a.tml")).exists();
    assertThat(dir.resolve("out/notes.txt")).doesNotExist();
  }
}
