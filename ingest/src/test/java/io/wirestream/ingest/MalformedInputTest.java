package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.format.DocumentParser;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.format.ItemResult;
import io.wirestream.ingest.format.ParsedItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed corpus: every bad input ends as a clear {@link IngestException} with its reason and
 * location, never another exception, a hang, or a leaked local file.
 */
// A generous guard against hangs only; no assertion here depends on speed.
@Timeout(60)
class MalformedInputTest {

  private static final Instant RECEIVED = Instant.parse("2024-04-18T12:00:00Z");
  private final DocumentParser parser = DocumentParser.withDefaults();

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of("broken.xml", Reason.MALFORMED, "malformed XML (line"),
        Arguments.of("xxe-rss.xml", Reason.UNSAFE_XML, "XML DOCTYPE is not allowed (possible XXE"),
        Arguments.of("xxe-newsml.xml", Reason.UNSAFE_XML, "XML DOCTYPE is not allowed"),
        Arguments.of("billion-laughs.xml", Reason.UNSAFE_XML, "XML DOCTYPE is not allowed"),
        Arguments.of("billion-laughs-rss.xml", Reason.UNSAFE_XML, "entity expansion"),
        Arguments.of("unsupported.xml", Reason.UNSUPPORTED_FORMAT, "XML with root <catalog>"),
        Arguments.of("not-json.json", Reason.MALFORMED, "malformed JSON"),
        Arguments.of("empty.txt", Reason.EMPTY, "empty file"),
        Arguments.of("blank.txt", Reason.EMPTY, "empty file"));
  }

  @ParameterizedTest(name = "{0} is rejected as {1}")
  @MethodSource("badDocuments")
  void badDocumentIsRejectedWithItsReason(String fixture, Reason reason, String detail) {
    InputDocument document =
        InputDocument.of("malformed/" + fixture, Fixtures.bytes("malformed/" + fixture));

    assertThatThrownBy(() -> parser.parse(document))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.detail()).contains(detail);
              assertThat(e.getMessage()).startsWith("malformed/" + fixture + ": ");
              assertThat(e.position().isWholeDocument()).isTrue();
            });
  }

  @Test
  void xxePayloadNeverReadsTheLocalFile() throws Exception {
    Path target = Path.of("/etc/hostname");
    String secret = Files.isReadable(target) ? Files.readString(target).strip() : "";
    List<ArticleResult> results =
        RawArticleReader.withDefaults()
            .read(
                InputDocument.of("xxe-rss.xml", Fixtures.bytes("malformed/xxe-rss.xml")),
                new SourceInfo("t", SourceKind.FILE, "xxe-rss.xml"),
                RECEIVED);

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            ArticleResult.Rejected.class,
            r -> {
              assertThat(r.error().reason()).isEqualTo(Reason.UNSAFE_XML);
              if (!secret.isEmpty()) {
                assertThat(r.error().getMessage()).doesNotContain(secret);
              }
            });
  }

  @Test
  void randomBinaryIsRejectedAsBinary() {
    byte[] garbage = new byte[64 * 1024];
    new Random(42).nextBytes(garbage);

    assertThatThrownBy(() -> parser.parse(InputDocument.of("garbage.bin", garbage)))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.BINARY);
              assertThat(e.detail()).isEqualTo("not a supported format: looks like binary data");
            });
  }

  @Test
  void binaryWithATextLookingStartIsStillBinary() {
    byte[] png = new byte[4096];
    new Random(7).nextBytes(png);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    System.arraycopy(header, 0, png, 0, header.length);

    assertThatThrownBy(() -> parser.parse(InputDocument.of("photo.png", png)))
        .isInstanceOfSatisfying(
            IngestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY));
  }

  @Test
  void invalidUtf8IsReplacedAndFlagged() throws Exception {
    byte[] prefix = "Headline\n\nPrices rose by 5".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = " percent in the capital.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[prefix.length + 1] = (byte) 0x28;
    System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);

    List<ItemResult> results = parser.parse(InputDocument.of("bad-utf8.txt", bytes));

    ParsedItem item = ((ItemResult.Parsed) results.get(0)).item();
    assertThat(item.body()).contains("5\uFFFD(");
    assertThat(item.attributes()).containsEntry(ParsedItem.INVALID_UTF8_ATTRIBUTE, "true");
  }

  @Test
  void validUtf8IsNotFlagged() throws Exception {
    List<ItemResult> results =
        parser.parse(
            InputDocument.of(
                "ok.txt", "Überschrift\n\nDer Text ist gültig.".getBytes(StandardCharsets.UTF_8)));

    assertThat(((ItemResult.Parsed) results.get(0)).item().attributes())
        .doesNotContainKey(ParsedItem.INVALID_UTF8_ATTRIBUTE);
  }

  @Test
  void bodyOverTenMegabytesIsRejectedAsTooLarge() throws Exception {
    String paragraph = "The committee met again today to discuss the budget in detail.\n\n";
    StringBuilder text = new StringBuilder("Huge story\n\n");
    while (text.length() < 12 * 1024 * 1024) {
      text.append(paragraph);
    }
    InputDocument document =
        InputDocument.of("huge.txt", text.toString().getBytes(StandardCharsets.UTF_8));

    List<ItemResult> results = parser.parse(document);

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            ItemResult.Failed.class,
            failed -> {
              assertThat(failed.error().reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(failed.error().detail()).startsWith("article body exceeds 10 MB limit");
              assertThat(failed.error().location()).isEqualTo("huge.txt");
            });
  }

  @Test
  void bodyJustUnderTheLimitIsAccepted() throws Exception {
    IngestLimits small = new IngestLimits(1024 * 1024, 1000, 100);
    String body = "a".repeat(990);

    List<ItemResult> results =
        new DocumentParser(small)
            .parse(
                InputDocument.of(
                    "fits.txt", ("Title\n\n" + body).getBytes(StandardCharsets.UTF_8)));

    assertThat(results).singleElement().isInstanceOf(ItemResult.Parsed.class);
  }

  @Test
  void documentOverTheDocumentLimitIsRejectedBeforeParsing() {
    IngestLimits small = new IngestLimits(1000, 1000, 100);

    assertThatThrownBy(
            () -> new DocumentParser(small).parse(InputDocument.of("big.txt", new byte[2000])))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.detail()).startsWith("document exceeds");
            });
  }

  @Test
  void deeplyNestedXmlIsRejected() {
    String xml =
        "<rss version=\"2.0\"><channel>"
            + "<x>".repeat(5000)
            + "</x>".repeat(5000)
            + "</channel></rss>";

    assertThatThrownBy(
            () -> parser.parse(InputDocument.of("deep.xml", xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.detail()).contains("nesting");
            });
  }

  @Test
  void deeplyNestedJsonIsRejected() {
    String json = "{\"uri\":\"urn:x\",\"body_text\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

    assertThatThrownBy(
            () ->
                parser.parse(InputDocument.of("deep.json", json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
              assertThat(e.detail()).contains("nesting depth");
            });
  }

  @Test
  void deeplyNestedHtmlStillYieldsItsText() throws Exception {
    String html =
        "<html><body>"
            + "<div>".repeat(5000)
            + "<p>Deep text that is long enough to count.</p>"
            + "</div>".repeat(5000)
            + "</body></html>";

    List<ItemResult> results =
        parser.parse(InputDocument.of("deep.html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            ItemResult.Parsed.class,
            parsed -> assertThat(parsed.item().body()).contains("Deep text"));
  }

  @Test
  void feedWithoutItemsIsRejectedAsEmpty() {
    String rss =
        "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://x.example/</link>"
            + "<description>none</description></channel></rss>";

    assertThatThrownBy(
            () -> parser.parse(InputDocument.of("quiet.xml", rss.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            IngestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void feedEntryWithoutTextFailsAloneAndTheOthersSurvive() throws Exception {
    String rss =
        "<rss version=\"2.0\"><channel><title>Mixed</title><link>https://x.example/</link>"
            + "<description>d</description>"
            + "<item><guid>a</guid></item><item><guid>b</guid><title>Real"
            + " story</title><description>Some text.</description></item></channel></rss>";

    List<ItemResult> results =
        parser.parse(InputDocument.of("mixed.xml", rss.getBytes(StandardCharsets.UTF_8)));

    assertThat(results).hasSize(2);
    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            ItemResult.Failed.class,
            f -> {
              assertThat(f.error().reason()).isEqualTo(Reason.INVALID_ITEM);
              assertThat(f.error().getMessage())
                  .isEqualTo("mixed.xml, item 1: item has neither headline nor body text");
            });
    assertThat(results.get(1)).isInstanceOf(ItemResult.Parsed.class);
  }

  @Test
  void readerTurnsEveryFailureIntoARejectionWithoutThrowing() {
    List<ArticleResult> results =
        RawArticleReader.withDefaults()
            .read(
                InputDocument.of("empty.txt", new byte[0]),
                new SourceInfo("t", SourceKind.FILE, "empty.txt"),
                RECEIVED);

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            ArticleResult.Rejected.class,
            r -> assertThat(r.error().getMessage()).isEqualTo("empty.txt: empty file"));
  }

  @Test
  void pageWithoutArticleTextIsAnInvalidItem() throws Exception {
    String html =
        "<html><head><title>App</title></head><body><div id=\"root\"></div>"
            + "<script>render()</script></body></html>";

    List<ItemResult> results =
        parser.parse(InputDocument.of("app.html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            ItemResult.Failed.class,
            f -> {
              assertThat(f.error().reason()).isEqualTo(Reason.INVALID_ITEM);
              assertThat(f.error().detail()).startsWith("no article text found in the page");
            });
  }
}
