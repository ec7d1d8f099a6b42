package io.wirestream.ingest.format;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers over DOM elements, matching by local name so prefixes do not matter. */
final class XmlElements {

  private static final TransformerFactory TRANSFORMERS = secureTransformerFactory();

  private XmlElements() {}

  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(localName(element))) {
        out.add(element);
      }
    }
    return out;
  }

  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  static List<Element> descendants(Element root, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList all = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  static String localName(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  /** The trimmed text content, or null when the element is absent or blank. */
  static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextContent();
    return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
  }

  static String attribute(Element element, String name) {
    if (element == null || !element.hasAttribute(name)) {
      return null;
    }
    String value = element.getAttribute(name).strip();
    return value.isEmpty() ? null : value;
  }

  /** The markup inside an element, as a string (for handing embedded XHTML to the HTML reader). */
  static String innerMarkup(Element element) {
    StringBuilder out = new StringBuilder();
    try {
      Transformer transformer;
      synchronized (TRANSFORMERS) {
        transformer = TRANSFORMERS.newTransformer();
      }
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
        StringWriter writer = new StringWriter();
        transformer.transform(new DOMSource(node), new StreamResult(writer));
        out.append(writer);
      }
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialise a parsed DOM node", e);
    }
    return out.toString();
  }

  private static TransformerFactory secureTransformerFactory() {
    TransformerFactory factory = TransformerFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (javax.xml.transform.TransformerConfigurationException e) {
      throw new IllegalStateException(e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return factory;
  }
}
