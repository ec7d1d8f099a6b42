package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way ingest parses XML: a namespace-aware DOM parser that refuses any DOCTYPE (so no
 * external entities, no entity expansion bombs), loads nothing external, and bounds element depth.
 * Feed and NewsML-G2 parsers both start from the document it returns.
 */
public final class SafeXml {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

  private final DocumentBuilderFactory factory;
  private final int maxDepth;

  public SafeXml(IngestLimits limits) {
    this.maxDepth = limits.maxNestingDepth();
    this.factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(maxDepth));
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      // Refuse to run with an XML parser that cannot be made safe.
      throw new IllegalStateException("the JDK XML parser does not support safe settings", e);
    }
  }

  /**
   * Parses XML text into a DOM document.
   *
   * @throws IngestException UNSAFE_XML for a DOCTYPE, TOO_LARGE for nesting over the limit,
   *     MALFORMED for anything not well-formed
   */
  public Document parse(String location, String xml) throws IngestException {
    DocumentBuilder builder;
    try {
      // DocumentBuilder is not thread-safe; the factory is read-only after construction.
      synchronized (factory) {
        builder = factory.newDocumentBuilder();
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setErrorHandler(QUIET);
    try {
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw translate(location, e);
    } catch (SAXException | IOException e) {
      throw new IngestException(
          Reason.MALFORMED,
          location,
          ItemPosition.WHOLE_DOCUMENT,
          "malformed XML: " + e.getMessage(),
          e);
    }
  }

  private IngestException translate(String location, SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
    if (message.contains("DOCTYPE")) {
      return new IngestException(
          Reason.UNSAFE_XML,
          location,
          ItemPosition.WHOLE_DOCUMENT,
          "XML DOCTYPE is not allowed (possible XXE or entity expansion attack)" + where,
          e);
    }
    if (message.contains("maxElementDepth") || message.contains("ElementDepth")) {
      return new IngestException(
          Reason.TOO_LARGE,
          location,
          ItemPosition.WHOLE_DOCUMENT,
          "XML nesting exceeds the limit of " + maxDepth + " levels" + where,
          e);
    }
    return new IngestException(
        Reason.MALFORMED,
        location,
        ItemPosition.WHOLE_DOCUMENT,
        "malformed XML" + where + ": " + message,
        e);
  }

  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      };
}
