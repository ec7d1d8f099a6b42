package io.wirestream.ingest.format;

import static io.wirestream.ingest.format.XmlElements.attribute;
import static io.wirestream.ingest.format.XmlElements.child;
import static io.wirestream.ingest.format.XmlElements.children;
import static io.wirestream.ingest.format.XmlElements.text;

import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.HtmlText;
import io.wirestream.ingest.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads IPTC NewsML-G2: a {@code newsItem}, or a {@code newsMessage} carrying several. Takes the
 * {@code guid} attribute, itemMeta {@code versionCreated}/{@code firstCreated}, contentMeta {@code
 * headline}, {@code by}, {@code dateline}, {@code language}, subjects and keywords, and the body
 * from contentSet {@code inlineXML} (XHTML) or {@code inlineData} (text).
 */
public final class NewsMlG2Parser implements FormatParser {

  /** The NewsML-G2 namespace (all versions share it). */
  public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

  private final IngestLimits limits;
  private final SafeXml xml;

  public NewsMlG2Parser(IngestLimits limits, SafeXml xml) {
    this.limits = limits;
    this.xml = xml;
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded)
      throws IngestException {
    Document dom = xml.parse(document.location(), decoded.text());
    Element root = dom.getDocumentElement();
    List<Element> newsItems = new ArrayList<>();
    String rootName = XmlElements.localName(root);
    if (rootName.equals("newsItem")) {
      newsItems.add(root);
    } else if (rootName.equals("newsMessage")) {
      newsItems.addAll(XmlElements.descendants(root, "newsItem"));
    }
    if (newsItems.isEmpty()) {
      throw new IngestException(
          Reason.UNSUPPORTED_FORMAT,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "not a supported format: NewsML-G2 document without a newsItem (root <"
              + rootName
              + ">)");
    }
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < newsItems.size(); i++) {
      ItemPosition position = ItemPosition.item(i);
      results.add(ItemChecks.finish(item(newsItems.get(i), position), document, position, limits));
    }
    return results;
  }

  private static ParsedItem.Builder item(Element newsItem, ItemPosition position) {
    ParsedItem.Builder item = ParsedItem.builder(Format.NEWSML_G2, position);
    Element itemMeta = child(newsItem, "itemMeta");
    Element contentMeta = child(newsItem, "contentMeta");
    item.guid(attribute(newsItem, "guid"));
    item.attribute("version", attribute(newsItem, "version"));

    OffsetDateTime versionCreated =
        Timestamps.parseWithOffset(text(child(itemMeta, "versionCreated")));
    OffsetDateTime firstCreated = Timestamps.parseWithOffset(text(child(itemMeta, "firstCreated")));
    // As for ninjs: this version's text was written against its version time.
    item.published(versionCreated != null ? versionCreated : firstCreated, PublishedFrom.METADATA);
    item.attribute(
        "firstcreated", firstCreated == null ? null : firstCreated.toInstant().toString());
    item.attribute("pubstatus", attribute(child(itemMeta, "pubStatus"), "qcode"));
    item.url(webLink(itemMeta));

    item.headline(mainHeadline(contentMeta));
    item.byline(text(child(contentMeta, "by")));
    item.dateline(text(child(contentMeta, "dateline")));
    item.attribute("slugline", text(child(contentMeta, "slugline")));
    String language = attribute(child(contentMeta, "language"), "tag");
    item.language(
        language != null
            ? language
            : newsItem.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));

    List<String> subjects = new ArrayList<>();
    for (Element subject : children(contentMeta, "subject")) {
      String name = text(child(subject, "name"));
      subjects.add(name != null ? name : attribute(subject, "qcode"));
    }
    item.attribute("subjects", subjects);
    List<String> keywords = new ArrayList<>();
    children(contentMeta, "keyword").forEach(k -> keywords.add(text(k)));
    item.attribute("keywords", keywords);
    List<String> genres = new ArrayList<>();
    children(contentMeta, "genre").forEach(g -> genres.add(attribute(g, "qcode")));
    item.attribute("genre", genres);

    item.body(body(child(newsItem, "contentSet")));
    return item;
  }

  private static String mainHeadline(Element contentMeta) {
    String first = null;
    for (Element headline : children(contentMeta, "headline")) {
      String role = attribute(headline, "role");
      String value = text(headline);
      if (value != null && (role == null || role.toLowerCase(Locale.ROOT).endsWith("main"))) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first;
  }

  private static String webLink(Element itemMeta) {
    for (Element link : children(itemMeta, "link")) {
      String href = attribute(link, "href");
      if (href != null && href.startsWith("http")) {
        return href;
      }
    }
    return null;
  }

  /** XHTML inlineXML first (it carries paragraphs), then plain inlineData. */
  private static String body(Element contentSet) {
    for (Element inline : children(contentSet, "inlineXML")) {
      List<Element> bodies = XmlElements.descendants(inline, "body");
      Element content = bodies.isEmpty() ? inline : bodies.get(0);
      String text = HtmlText.fromHtml(XmlElements.innerMarkup(content));
      if (!text.isBlank()) {
        return text;
      }
    }
    for (Element inline : children(contentSet, "inlineData")) {
      String type = attribute(inline, "contenttype");
      String content = inline.getTextContent();
      if (content != null && !content.isBlank()) {
        return type != null && type.contains("html") ? HtmlText.fromHtml(content) : content.strip();
      }
    }
    return "";
  }
}
