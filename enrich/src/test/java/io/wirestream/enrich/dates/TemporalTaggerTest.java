package io.wirestream.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.TimexType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalTaggerTest {

  private final TemporalTagger tagger = TemporalTagger.standard();

  private static Instant day(String isoDay) {
    return LocalDate.parse(isoDay).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "{0}: \"{2}\" -> {3} = {5}")
  @CsvFileSource(
      resources = "expressions.tsv",
      delimiter = '\t',
      numLinesToSkip = 1,
      nullValues = "")
  void findsAndNormalisesEachFamily(
      String family,
      String reference,
      String sentence,
      String expected,
      String type,
      String value,
      String mod) {
    List<TemporalExpression> found = tagger.tag(sentence, "body", day(reference));

    assertThat(found)
        .as("expressions in %s", sentence)
        .anySatisfy(
            e -> {
              assertThat(e.getText()).isEqualTo(expected);
              assertThat(e.getType()).isEqualTo(TimexType.valueOf(type));
              assertThat(e.getValue()).isEqualTo(value);
              assertThat(e.getMod()).isEqualTo(mod);
            });
  }

  @ParameterizedTest(name = "nothing temporal in \"{0}\"")
  @CsvFileSource(resources = "no-expressions.tsv", delimiter = '\t', numLinesToSkip = 1)
  void leavesAnniversariesOrdinalsCountsAndVerbsAlone(String sentence, String reference) {
    assertThat(tagger.tag(sentence, "body", day(reference))).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" said on a {1}: {2}")
  @CsvSource(
      delimiterString = "|",
      value = {
        "The committee said Monday it had approved the plan.|1998-01-08|1998-01-05",
        "The committee will vote Monday on the plan.|1998-01-08|1998-01-12",
        "The committee is to vote Monday on the plan.|1998-01-08|1998-01-12",
        "The vote will be held Monday.|1998-01-08|1998-01-12",
        "The vote was held Monday.|1998-01-08|1998-01-05",
        "Two hundred delegates on Friday will choose a leader.|1998-01-07|1998-01-09",
        "The committee voted Monday.|1998-01-12|1998-01-12",
        "The market closed Wednesday after lower-than-expected earnings.|1998-01-08|1998-01-07",
        "The strike is scheduled to end Friday.|1998-01-07|1998-01-09",
        "The strike had been scheduled to end Friday.|1998-01-07|1998-01-02",
        "The envoy was expected to arrive Monday.|1998-01-07|1998-01-05",
        "The two sides agreed on Tuesday to resume talks.|2026-11-30|2026-11-24",
        "Police freed on Sunday three men who are suspects.|2026-11-30|2026-11-29"
      })
  void relativeWeekdayResolvesAgainstPublicationDateByTense(
      String sentence, String reference, String value) {
    List<TemporalExpression> found = tagger.tag(sentence, "body", day(reference));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getValue()).isEqualTo(value);
  }

  @ParameterizedTest(name = "\"{0}\" names only {1}")
  @CsvSource(
      delimiterString = "|",
      value = {
        "In the first half of the 20th century, the city grew.|the 20th century",
        "Sales peaked in the second half of the 1990s.|the 1990s"
      })
  void aHalfOrQuarterOfALongerPeriodIsNotOfThisYear(String sentence, String only) {
    List<TemporalExpression> found = tagger.tag(sentence, "body", day("2024-03-14"));

    assertThat(found).extracting(TemporalExpression::getText).containsExactly(only);
  }

  @ParameterizedTest(name = "\"{0}\" has no range end")
  @CsvSource(
      delimiterString = "|",
      value = {
        "The index rose March 3, 3-5 percent.|March 3",
        "It closed March 3. Scores were 3-5.|March 3",
        "On March 3 the team won 3 to 5 games.|March 3",
        "The fair opens March 5 to 3.5 million visitors.|March 5"
      })
  void aNumberClosesARangeOnlyRightAfterItsOpeningDay(String sentence, String expected) {
    List<String> texts =
        tagger.tag(sentence, "body", day("1998-03-10")).stream()
            .map(TemporalExpression::getText)
            .toList();

    assertThat(texts).containsExactly(expected);
  }

  @Test
  void thenAfterAConjunctionIsNotThePastOfCurrent() {
    List<TemporalExpression> found =
        tagger.tag("The board met, and then current prices fell.", "body", day("1989-10-26"));

    assertThat(found).extracting(TemporalExpression::getValue).doesNotContain("PAST_REF");
  }

  @Test
  void listedWeekdaysAreNotARange() {
    List<TemporalExpression> found =
        tagger.tag("Statements were made Friday and Thursday.", "body", day("1998-02-06"));

    assertThat(found)
        .extracting(TemporalExpression::getValue)
        .containsExactly("1998-02-06", "1998-02-05");
  }

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({"1998,1998-04-12", "2000,2000-04-23", "2019,2019-04-21", "2025,2025-04-20"})
  void easterFollowsTheGregorianComputus(int year, String sunday) {
    assertThat(HolidayRules.easterSunday(year)).isEqualTo(LocalDate.parse(sunday));
  }

  @Test
  void offsetsAreUtf16IndexesIntoTheText() {
    String text = "Caf\u00e9 \uD83D\uDE00 talks \u2014 ended Friday, and resume on Jan. 12.";

    List<TemporalExpression> found = tagger.tag(text, "headline", day("1998-01-08"));

    assertThat(found).extracting(TemporalExpression::getText).containsExactly("Friday", "Jan. 12");
    for (TemporalExpression e : found) {
      assertThat(text.substring(e.getBegin(), e.getEnd())).isEqualTo(e.getText());
      assertThat(e.getField()).isEqualTo("headline");
    }
    assertThat(found.get(0).getBegin()).isEqualTo(text.indexOf("Friday"));
  }

  @Test
  void expressionsComeInTextOrderWithoutOverlap() {
    String text =
        "Last year sales rose; on Friday the board met, and next month it will meet again every Monday.";

    List<TemporalExpression> found = tagger.tag(text, "body", day("1998-01-08"));

    assertThat(found)
        .extracting(TemporalExpression::getText)
        .containsExactly("Last year", "Friday", "next month", "every Monday");
    for (int k = 1; k < found.size(); k++) {
      assertThat(found.get(k).getBegin()).isGreaterThanOrEqualTo(found.get(k - 1).getEnd());
    }
  }

  @ParameterizedTest(name = "{0} covers [{2}, {3})")
  @CsvSource(
      delimiterString = "|",
      value = {
        "The deal closed April 17.|April 17|2024-04-17T00:00:00Z|2024-04-18T00:00:00Z",
        "Profit is expected to rise in the third quarter.|the third quarter|2024-07-01T00:00:00Z|2024-10-01T00:00:00Z",
        "Prices rose last month.|last month|2024-03-01T00:00:00Z|2024-04-01T00:00:00Z",
        "Shares fell this week.|this week|2024-04-15T00:00:00Z|2024-04-22T00:00:00Z",
        "It started in 1998.|1998|1998-01-01T00:00:00Z|1999-01-01T00:00:00Z"
      })
  void dateValuesCarryTheInstantRangeTheyDenote(
      String sentence, String text, String begin, String end) {
    TemporalExpression e = only(tagger.tag(sentence, "body", day("2024-04-20")));

    assertThat(e.getText()).isEqualTo(text);
    assertThat(e.getRangeBegin()).isEqualTo(Instant.parse(begin));
    assertThat(e.getRangeEnd()).isEqualTo(Instant.parse(end));
  }

  @ParameterizedTest(name = "{0} has no range")
  @CsvSource({
    "The strike lasted 24 hours.",
    "The council meets every Monday.",
    "Prices are now higher."
  })
  void durationsSetsAndReferenceWordsHaveNoRange(String sentence) {
    TemporalExpression e = only(tagger.tag(sentence, "body", day("2024-04-20")));

    assertThat(e.getRangeBegin()).isNull();
    assertThat(e.getRangeEnd()).isNull();
  }

  @Test
  void timeWithZoneRangeIsInUtc() {
    TemporalExpression e =
        only(tagger.tag("It struck at 6:18 a.m. EDT.", "body", day("1998-01-08")));

    assertThat(e.getRangeBegin()).isEqualTo(Instant.parse("1998-01-08T10:18:00Z"));
  }

  @Test
  void outputDependsOnlyOnTextFieldAndReference() throws Exception {
    String text =
        "Officials said Friday that the plant, closed since early 1990, would reopen next month "
            + "after two years of repairs; a year earlier it had made 50 cars a day.";
    Instant reference = Instant.parse("1998-01-08T15:30:00Z");
    List<TemporalExpression> first = tagger.tag(text, "body", reference);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TemporalExpression>>> runs = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        runs.add(pool.submit(() -> tagger.tag(text, "body", reference)));
      }
      for (Future<List<TemporalExpression>> run : runs) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(first).isNotEmpty();
  }

  private static TemporalExpression only(List<TemporalExpression> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
