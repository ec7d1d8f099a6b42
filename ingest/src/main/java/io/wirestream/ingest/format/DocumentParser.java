package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.BoilerplateFilter;
import io.wirestream.ingest.time.DatelineParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point for reading any input: checks its size, decodes it ({@link TextDecoder}), detects
 * its format ({@link FormatSniffer}) and hands it to that format's parser. Whatever the input, the
 * caller gets item results or an {@link IngestException}; no other exception escapes. Thread-safe.
 */
public final class DocumentParser {

  private final IngestLimits limits;
  private final SafeXml xml;
  private final Map<DetectedFormat, FormatParser> parsers = new EnumMap<>(DetectedFormat.class);

  public DocumentParser(IngestLimits limits) {
    this.limits = limits;
    this.xml = new SafeXml(limits);
    DatelineParser datelines = DatelineParser.defaults();
    parsers.put(
        DetectedFormat.TEXT, new PlainTextParser(limits, BoilerplateFilter.defaults(), datelines));
    parsers.put(DetectedFormat.HTML, new HtmlArticleParser(limits, datelines));
    JsonObjectParser json = new JsonObjectParser(limits);
    parsers.put(DetectedFormat.NINJS, json);
    parsers.put(DetectedFormat.JSON, json);
    parsers.put(DetectedFormat.JSON_LINES, new JsonLinesParser(limits));
    FeedParser feeds = new FeedParser(limits, xml, datelines);
    parsers.put(DetectedFormat.RSS, feeds);
    parsers.put(DetectedFormat.ATOM, feeds);
    parsers.put(DetectedFormat.NEWSML_G2, new NewsMlG2Parser(limits, xml));
  }

  public static DocumentParser withDefaults() {
    return new DocumentParser(IngestLimits.DEFAULTS);
  }

  /** The format the document would be parsed as. */
  public DetectedFormat detect(InputDocument document) throws IngestException {
    checkSize(document);
    return FormatSniffer.detect(document, TextDecoder.decode(document).text());
  }

  /**
   * Parses a document of any supported format.
   *
   * @return one result per item in document order, never empty
   * @throws IngestException when the document as a whole cannot be read (empty, binary, malformed,
   *     unsafe, too large, unsupported)
   */
  public List<ItemResult> parse(InputDocument document) throws IngestException {
    checkSize(document);
    DecodedText decoded = TextDecoder.decode(document);
    DetectedFormat format = FormatSniffer.detect(document, decoded.text());
    List<ItemResult> results;
    try {
      if (format == DetectedFormat.OTHER_XML) {
        throw unsupportedXml(document, decoded);
      }
      results = parsers.get(format).parse(document, decoded);
    } catch (StackOverflowError e) {
      throw new IngestException(
          Reason.TOO_LARGE,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "nesting too deep to read");
    } catch (RuntimeException e) {
      throw new IngestException(
          Reason.MALFORMED,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "could not be read as " + format + ": " + e,
          e);
    }
    return flagCharset(results, decoded);
  }

  private void checkSize(InputDocument document) throws IngestException {
    if (document.bytes().length == 0) {
      throw new IngestException(
          Reason.EMPTY, document.location(), ItemPosition.WHOLE_DOCUMENT, "empty file");
    }
    if (document.bytes().length > limits.maxDocumentBytes()) {
      throw new IngestException(
          Reason.TOO_LARGE,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "document exceeds "
              + IngestLimits.megabytes(limits.maxDocumentBytes())
              + " limit ("
              + IngestLimits.megabytes(document.bytes().length)
              + ")");
    }
  }

  /** Parses unknown XML only to give the precise reason (unsafe, malformed) before refusing it. */
  private IngestException unsupportedXml(InputDocument document, DecodedText decoded)
      throws IngestException {
    org.w3c.dom.Document dom = xml.parse(document.location(), decoded.text());
    String root = XmlElements.localName(dom.getDocumentElement());
    return new IngestException(
        Reason.UNSUPPORTED_FORMAT,
        document.location(),
        ItemPosition.WHOLE_DOCUMENT,
        "not a supported format: XML with root <" + root + "> (expected RSS, Atom or NewsML-G2)");
  }

  private static List<ItemResult> flagCharset(List<ItemResult> results, DecodedText decoded) {
    Map<String, String> flags = new LinkedHashMap<>();
    if (decoded.invalidBytesReplaced()) {
      flags.put(
          decoded.charset().equals(StandardCharsets.UTF_8)
              ? ParsedItem.INVALID_UTF8_ATTRIBUTE
              : "ingest.invalidBytes",
          "true");
    }
    if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
      flags.put(ParsedItem.CHARSET_ATTRIBUTE, TextDecoder.label(decoded.charset()));
    }
    if (flags.isEmpty()) {
      return results;
    }
    List<ItemResult> flagged = new ArrayList<>(results.size());
    for (ItemResult result : results) {
      flagged.add(
          result instanceof ItemResult.Parsed parsed
              ? ItemResult.ok(parsed.item().withAttributes(flags))
              : result);
    }
    return flagged;
  }
}
