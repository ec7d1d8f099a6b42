package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineFinderTest {

  private static final TextTokenizer TOKENIZER = TextTokenizer.load();

  /** Each dateline as "PLACE" or "PLACE / QUALIFIER", joined by " + "; "-" for none. */
  private static String datelines(String text) {
    Tokens tokens = TOKENIZER.tokenize("body", text.replace("\\n", "\n"));
    List<String> found =
        new DatelineFinder()
            .find(tokens).stream()
                .map(
                    d ->
                        tokens.span(d.from(), d.to())
                            + (d.qualifierFrom() < 0
                                ? ""
                                : " / " + tokens.span(d.qualifierFrom(), d.qualifierTo())))
                .toList();
    return found.isEmpty() ? "-" : String.join(" + ", found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PORTO ALEGRE, Brazil — Floods forced thousands from their homes. | PORTO ALEGRE / Brazil",
        "WASHINGTON (Reuters) - The Senate passed the bill on Friday.     | WASHINGTON",
        "LONDON, March 3 (AP) — Shares fell in early trading.              | LONDON / March",
        "BEIJING — China reported growth of 5 percent.                     | BEIJING",
        "KANSAS CITY, Missouri, June 2 -- The storm moved east.            | KANSAS CITY / Missouri",
        "First paragraph.\\nKYIV, Ukraine — Air raid sirens sounded.       | KYIV / Ukraine",
        "Officials met. KYIV, Ukraine — is not at a paragraph start.       | -",
        "NATO, which met in Brussels, agreed a plan - officials said.      | -",
        "NATO said on Friday it would send more troops.                    | -",
        "Porto Alegre, Brazil — mixed case is left to the other passes.    | -",
        "A new plan - the third this year - was announced.                 | -",
        "PARIS                                                             | -"
      })
  void findsTheUpperCasePlaceThatOpensAParagraphBeforeADashOrAgency(String text, String expected) {
    assertThat(datelines(text)).isEqualTo(expected);
  }
}
