package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset evidence is taken in order: BOM, declared, XML declaration, HTML meta, else UTF-8. */
class TextDecoderTest {

  @Test
  void utf8BomIsStripped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

    DecodedText decoded = TextDecoder.decode(InputDocument.of("a", bytes));

    assertThat(decoded.text()).isEqualTo("hi");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf16BomSelectsUtf16() {
    byte[] body = "Grüße".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    assertThat(TextDecoder.decode(InputDocument.of("a", bytes)).text()).isEqualTo("Grüße");
  }

  @Test
  void xmlDeclarationNamesTheCharset() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><t>Café</t></rss>";

    DecodedText decoded =
        TextDecoder.decode(InputDocument.of("a", xml.getBytes(StandardCharsets.ISO_8859_1)));

    assertThat(decoded.text()).contains("Café");
    assertThat(decoded.invalidBytesReplaced()).isFalse();
  }

  @Test
  void htmlMetaCharsetIsHonoured() {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>";

    DecodedText decoded =
        TextDecoder.decode(InputDocument.of("a", html.getBytes(Charset.forName("windows-1251"))));

    assertThat(decoded.text()).contains("Привет");
  }

  @Test
  void declaredContentTypeBeatsTheDefault() {
    byte[] bytes = "Ärger".getBytes(StandardCharsets.ISO_8859_1);

    DecodedText decoded =
        TextDecoder.decode(new InputDocument("a", bytes, "text/plain; charset=\"iso-8859-1\""));

    assertThat(decoded.text()).isEqualTo("Ärger");
  }

  @Test
  void undeclaredTextDefaultsToUtf8AndFlagsInvalidBytes() {
    byte[] bytes = {'a', (byte) 0xFF, 'b'};

    DecodedText decoded = TextDecoder.decode(InputDocument.of("a", bytes));

    assertThat(decoded.text()).isEqualTo("a\uFFFDb");
    assertThat(decoded.invalidBytesReplaced()).isTrue();
  }

  @Test
  void unknownCharsetNameFallsBackToUtf8() {
    byte[] bytes =
        "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><a>é</a>"
            .getBytes(StandardCharsets.UTF_8);

    DecodedText decoded = TextDecoder.decode(InputDocument.of("a", bytes));

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).contains("é");
  }
}
