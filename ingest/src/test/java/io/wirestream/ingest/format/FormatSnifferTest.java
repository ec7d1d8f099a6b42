package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats are told apart by content; the extension only breaks ties. */
class FormatSnifferTest {

  private final DocumentParser parser = DocumentParser.withDefaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "text-ap-dateline.txt, TEXT",
    "html-article.html, HTML",
    "ninjs2.json, NINJS",
    "ninjs3.json, NINJS",
    "newsml-g2.xml, NEWSML_G2",
    "rss2.xml, RSS",
    "atom.xml, ATOM",
    "articles.jsonl, JSON_LINES"
  })
  void fixtureIsDetectedByContent(String fixture, DetectedFormat expected) throws IngestException {
    // A misleading name: the content must decide.
    InputDocument document = InputDocument.of("upload.dat", Fixtures.bytes("formats/" + fixture));

    assertThat(parser.detect(document)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.txt | '<?xml version=\"1.0\"?><!-- c --><rss version=\"2.0\"></rss>' | RSS",
        "a.txt | '<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>' |"
            + " RSS",
        "a.txt | '<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>' | ATOM",
        "a.txt | '<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>' | NEWSML_G2",
        "a.txt | '<!doctype html><p>x</p>' | HTML",
        "a.txt | '<div><p>fragment</p></div>' | HTML",
        "a.txt | '<!DOCTYPE foo [<!ENTITY x \"y\">]><html>&x;</html>' | OTHER_XML",
        "a.txt | '<catalog/>' | OTHER_XML",
        "a.txt | '{\"id\":\"1\",\"headline\":\"h\",\"body\":\"b\"}' | JSON",
        "a.txt | '{\"uri\":\"urn:1\",\"headline\":\"h\",\"body_text\":\"b\"}' | NINJS",
        "a.txt | '{\"headlines\":[{\"value\":\"h\"}],\"bodies\":[]}' | NINJS",
        "a.jsonl | '{\"id\":\"1\",\"body\":\"b\"}' | JSON_LINES",
        "a.txt | '[{\"id\":\"1\",\"body\":\"b\"}]' | JSON_LINES",
        "a.jsonl | '{\n  \"id\": \"1\",\n  \"body\": \"b\"\n}' | JSON",
        "a.html | 'Intro text <b>bold</b>' | HTML",
        "a.txt | 'Intro text <b>bold</b>' | TEXT",
        "a.txt | '\uFEFFHeadline with a BOM' | TEXT"
      })
  void contentDecidesTheFormat(String name, String content, DetectedFormat expected)
      throws IngestException {
    InputDocument document = InputDocument.of(name, content.getBytes(StandardCharsets.UTF_8));

    assertThat(parser.detect(document)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "two lines | '{\"id\":\"1\",\"body\":\"a\"}\n{\"id\":\"2\",\"body\":\"b\"}\n'",
        "bad first line | '{\"id\":\"1\" \"body\":\"a\"}\n"
            + "{\"id\":\"2\",\"body\":\"b\"}\n"
            + "{\"id\":\"3\",\"body\":\"c\"}'"
      })
  void severalObjectLinesAreJsonLines(String label, String content) throws IngestException {
    InputDocument document = InputDocument.of("x.json", content.getBytes(StandardCharsets.UTF_8));

    assertThat(parser.detect(document)).isEqualTo(DetectedFormat.JSON_LINES);
  }

  @org.junit.jupiter.api.Test
  void prettyPrintedObjectIsOneJsonDocument() throws IngestException {
    String pretty = "{\n  \"id\": \"1\",\n  \"headline\": \"h\",\n  \"body\": \"b\"\n}\n";

    assertThat(parser.detect(InputDocument.of("x.json", pretty.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(DetectedFormat.JSON);
  }
}
