package io.wirestream.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML becomes text as a reader sees it. */
class HtmlTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "paragraphs become blank-line separated | <p>One.</p><p>Two.</p> | One.\\n\\nTwo.",
        "inline markup disappears | <p>A <b>bold</b> and <a href='#'>linked</a> word.</p> | A bold"
            + " and linked word.",
        "line break is a newline | <p>Line one<br>Line two</p> | Line one\\nLine two",
        "scripts and styles vanish | <style>p{}</style><p>Text</p><script>x()</script> | Text",
        "entities decode | <p>Caf&eacute; &amp; bar&nbsp;</p> | Café & bar",
        "list items are paragraphs | <ul><li>First</li><li>Second</li></ul> | First\\n\\nSecond",
        "headings are paragraphs | <h2>Sub</h2>Text after | Sub\\n\\nText after",
        "whitespace collapses | '<p>  many\n   spaces  </p>' | many spaces",
        "plain text passes through | just text | just text"
      })
  void convertsHtmlToReadableText(String label, String html, String expected) {
    assertThat(HtmlText.fromHtml(html)).isEqualTo(expected.replace("\\n", "\n"));
  }
}
