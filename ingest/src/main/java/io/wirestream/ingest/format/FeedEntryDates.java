package io.wirestream.ingest.format;

import io.wirestream.ingest.time.Timestamps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The date elements of a feed's entries as written. Rome turns an entry's date into a {@code
 * java.util.Date}, an instant without the UTC offset the feed wrote it in ("Wed, 24 Apr 2024
 * 21:00:00 -0400"); the offset says which calendar day the publisher was in, so it is read back
 * from the document. Entries are RSS {@code item} and Atom {@code entry} elements in document
 * order, the order Rome lists them in.
 */
final class FeedEntryDates {

  /** RSS 2.0, Dublin Core (RSS 1.0), Atom 1.0 and Atom 0.3 date elements. */
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "date", "published", "updated", "issued", "modified");

  private final List<Element> entries;

  private FeedEntryDates(List<Element> entries) {
    this.entries = entries;
  }

  static FeedEntryDates of(Document dom) {
    List<Element> entries = new ArrayList<>();
    collect(dom.getDocumentElement(), entries);
    return new FeedEntryDates(entries);
  }

  /**
   * Entry {@code index} of the {@code entryCount} Rome found; an entry with no dates when the
   * document's entries do not line up with Rome's.
   */
  Entry at(int index, int entryCount) {
    return new Entry(entries.size() == entryCount ? entries.get(index) : null);
  }

  /** One entry's date elements. */
  static final class Entry {
    private final Element element;

    private Entry(Element element) {
      this.element = element;
    }

    /**
     * The time Rome read, with the offset the feed wrote it in; null when no date element of the
     * entry reads to that same instant.
     */
    OffsetDateTime withOffset(Instant romeTime) {
      if (element == null) {
        return null;
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element date && DATE_ELEMENTS.contains(date.getLocalName())) {
          OffsetDateTime written = Timestamps.parseWithOffset(date.getTextContent());
          if (written != null && written.toInstant().equals(romeTime)) {
            return written;
          }
        }
      }
      return null;
    }
  }

  /** Entry elements, outermost only: an entry's content never holds another entry. */
  private static void collect(Element element, List<Element> entries) {
    String name = element.getLocalName();
    if ("item".equals(name) || "entry".equals(name)) {
      entries.add(element);
      return;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, entries);
      }
    }
  }
}
