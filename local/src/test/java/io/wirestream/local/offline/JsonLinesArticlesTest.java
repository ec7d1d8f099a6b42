package io.wirestream.local.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesArticlesTest {

  private static final OffsetDateTime GIVEN = OffsetDateTime.parse("2024-05-01T12:00:00Z");

  @ParameterizedTest(name = "{0}, default {1} -> {2} from {3}, offset {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the line's own time wins, with the offset it was written in
        "{\"body\": \"Talks resume on April 17, 2019.\", \"published\": \"2024-04-24T09:00:00Z\"}"
            + " | 2024-05-01T12:00:00Z | 2024-04-24T09:00:00Z | METADATA | 0",
        "{\"body\": \"Talks resume.\", \"published\": \"2024-04-24T21:00:00-04:00\"}"
            + " | | 2024-04-25T01:00:00Z | METADATA | -14400",
        "{\"body\": \"Talks resume.\", \"published\": \"2024-04-24\"}"
            + " | | 2024-04-24T00:00:00Z | METADATA | 0",
        // then the default given on the command line
        "{\"body\": \"Talks resume on April 17, 2019.\"} | 2024-05-01T12:00:00+02:00"
            + " | 2024-05-01T10:00:00Z | RECEIVED | 7200",
        // then the first full date the story states, in UTC
        "{\"headline\": \"Talks resume\", \"body\": \"BAKU -- On Friday, March 3, 2023, the two"
            + " sides met again; they last met on 2022-11-30.\"} | | 2023-03-03T00:00:00Z | RECEIVED | ",
        // a date without its year depends on the reference, so it is not stated
        "{\"body\": \"The talks resume on Friday, April 17.\"} | | 1970-01-01T00:00:00Z | RECEIVED"
            + " | ",
      })
  void publicationTimeComesFromTheLineTheDefaultOrTheStory(
      String line,
      OffsetDateTime defaultPublished,
      Instant published,
      PublishedFrom from,
      Integer offsetSeconds) {
    RawArticle article = new JsonLinesArticles(defaultPublished, "test.jsonl").article(line, 1);
    assertThat(article.getPublished()).isEqualTo(published);
    assertThat(article.getReceived()).isEqualTo(published);
    assertThat(article.getPublishedFrom()).isEqualTo(from);
    assertThat(article.getPublishedOffset()).isEqualTo(offsetSeconds);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json | line 7 is not JSON",
        "[1, 2] | line 7 is not a JSON object",
        "{\"headline\": \"No body\"} | line 7 has no \"body\" string",
        "{\"body\": \"Text\", \"published\": \"last Tuesday\"} | line 7: \"published\" is not",
      })
  void unreadableLinesSayWhichLineAndWhy(String line, String reason) {
    assertThatThrownBy(() -> new JsonLinesArticles(GIVEN, "test.jsonl").article(line, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
