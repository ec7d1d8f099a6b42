package io.wirestream.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs reduce to the form that names the story. */
class CanonicalUrlTest {

  private final CanonicalUrl canonical = CanonicalUrl.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTPS://WWW.Example.COM/News/Story | https://www.example.com/News/Story",
        "https://example.com/a#comments | https://example.com/a",
        "https://example.com:443/a | https://example.com/a",
        "http://example.com:8080/a | http://example.com:8080/a",
        "https://example.com | https://example.com/",
        "https://example.com/a?utm_source=x&utm_medium=y&id=7 | https://example.com/a?id=7",
        "https://example.com/a?fbclid=abc&gclid=def | https://example.com/a",
        "https://example.com/a?b=2&a=1 | https://example.com/a?a=1&b=2",
        "https://example.com/a?UTM_Campaign=z&page=2 | https://example.com/a?page=2",
        "'  https://example.com/a  ' | https://example.com/a"
      })
  void canonicalizes(String url, String expected) {
    assertThat(canonical.canonicalize(url)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {"", "/relative/path", "urn:uuid:123", "mailto:a@b.c", "http://exa mple.com:bad/"})
  void refusesWhatCannotNameAStoryAlone(String url) {
    assertThat(canonical.canonicalize(url)).isNull();
  }
}
