package io.wirestream.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wire datelines in their common shapes are found; ordinary openings are not. */
class DatelineParserTest {

  private final DatelineParser parser = DatelineParser.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "BAKU, Azerbaijan (AP) — Azerbaijan's president said | BAKU, Azerbaijan (AP) — | BAKU,"
            + " Azerbaijan | - | AP",
        "LONDON, April 17 (Reuters) - British inflation fell | LONDON, April 17 (Reuters) - |"
            + " LONDON | --04-17 | Reuters",
        "WASHINGTON (AP) -- The Senate voted | WASHINGTON (AP) -- | WASHINGTON | - | AP",
        "NEW YORK, Jan. 5 (AP) — Stocks rose | NEW YORK, Jan. 5 (AP) — | NEW YORK | --01-05 | AP",
        "PARIS, 17 April (AFP) – France said | PARIS, 17 April (AFP) – | PARIS | --04-17 | AFP",
        "ST. PAUL, Minn. (AP) — Officials | ST. PAUL, Minn. (AP) — | ST. PAUL, Minn. | - | AP",
        "KYIV — Ukraine said on Monday | KYIV — | KYIV | - | -",
        "BERLIN, Sept 3 - The government | BERLIN, Sept 3 - | BERLIN | --09-03 | -"
      })
  void findsDateline(String text, String dateline, String place, String monthDay, String agency) {
    Dateline found = parser.find(text).orElseThrow();

    assertThat(found.text()).isEqualTo(dateline);
    assertThat(found.place()).isEqualTo(place);
    assertThat(found.monthDay()).isEqualTo(monthDay == null ? null : MonthDay.parse(monthDay));
    assertThat(found.agency()).isEqualTo(agency);
  }

  @org.junit.jupiter.api.Test
  void readsAnExplicitYear() {
    Dateline found = parser.find("GENEVA, March 3, 2023 (Reuters) - Talks began").orElseThrow();

    assertThat(found.year()).isEqualTo(2023);
    assertThat(found.monthDay()).isEqualTo(MonthDay.of(3, 3));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "The president said on Tuesday - in a speech - that",
        "Azerbaijan's president said",
        "UK inflation falls to lowest level",
        "LONDON, Foobar 17 (Reuters) - not a month",
        "LONDON, February 30 (Reuters) - no such day",
        "US - China talks resume",
        ""
      })
  void ignoresOrdinaryOpenings(String text) {
    assertThat(parser.find(text)).isEmpty();
  }
}
