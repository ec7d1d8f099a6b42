package io.wirestream.ingest.format;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.HtmlText;
import io.wirestream.ingest.time.DatelineParser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom 1.0 feeds with Rome. The XML is parsed by {@link SafeXml} (no
 * DOCTYPE, no external entities) and the DOM handed to Rome, which also has DOCTYPEs disallowed.
 * Each entry becomes one item: guid or id, link, title, the longer of content and description
 * turned to text, published (else updated) date, authors and categories. An entry that fails is
 * reported alone.
 */
public final class FeedParser implements FormatParser {

  private final IngestLimits limits;
  private final SafeXml xml;
  private final DatelineParser datelines;

  public FeedParser(IngestLimits limits, SafeXml xml, DatelineParser datelines) {
    this.limits = limits;
    this.xml = xml;
    this.datelines = datelines;
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded)
      throws IngestException {
    org.w3c.dom.Document dom = xml.parse(document.location(), decoded.text());
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    SyndFeed feed;
    try {
      feed = input.build(dom);
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException(
          Reason.MALFORMED,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "not a readable RSS or Atom feed: " + e.getMessage(),
          e);
    }
    Format format =
        feed.getFeedType() != null && feed.getFeedType().startsWith("atom")
            ? Format.ATOM
            : Format.RSS;
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new IngestException(
          Reason.EMPTY, document.location(), ItemPosition.WHOLE_DOCUMENT, "the feed has no items");
    }
    FeedEntryDates written = FeedEntryDates.of(dom);
    List<ItemResult> results = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ItemPosition position = ItemPosition.item(i);
      try {
        ParsedItem.Builder item = entry(feed, entries.get(i), format, position);
        published(item, entries.get(i), written.at(i, entries.size()));
        results.add(ItemChecks.finish(item, document, position, limits));
      } catch (RuntimeException e) {
        // Rome's lazily converted values can fail on odd entries; that entry alone is lost.
        results.add(
            ItemResult.failed(
                new IngestException(
                    Reason.INVALID_ITEM,
                    document.location(),
                    position,
                    "feed entry could not be read: " + e.getMessage(),
                    e)));
      }
    }
    return results;
  }

  /**
   * The entry's published (else updated) time, with the offset the feed wrote it in when that can
   * be read back.
   */
  private static void published(
      ParsedItem.Builder item, SyndEntry entry, FeedEntryDates.Entry written) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date == null) {
      return;
    }
    OffsetDateTime withOffset = written.withOffset(date.toInstant());
    if (withOffset != null) {
      item.published(withOffset, PublishedFrom.FEED);
    } else {
      item.published(date.toInstant(), PublishedFrom.FEED);
    }
  }

  private ParsedItem.Builder entry(
      SyndFeed feed, SyndEntry entry, Format format, ItemPosition position) {
    ParsedItem.Builder item = ParsedItem.builder(format, position);
    item.guid(sourceId(entry));
    item.url(link(entry));
    item.headline(asText(entry.getTitle()));
    String body = body(entry);
    item.body(body);
    datelines.find(body).ifPresent(d -> item.dateline(d.text()));
    if (entry.getUpdatedDate() != null && entry.getPublishedDate() != null) {
      item.attribute("updated", entry.getUpdatedDate().toInstant().toString());
    }
    item.byline(byline(entry));
    List<String> categories = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      categories.add(category.getName());
    }
    item.attribute("categories", categories);
    item.language(feed.getLanguage());
    item.attribute("feed.title", asText(feed.getTitle()));
    return item;
  }

  /** The entry's own identifier as the feed wrote it (RSS guid, Atom id), never the link. */
  private static String sourceId(SyndEntry entry) {
    Object wire = entry.getWireEntry();
    if (wire instanceof com.rometools.rome.feed.rss.Item rss) {
      return rss.getGuid() == null ? null : rss.getGuid().getValue();
    }
    if (wire instanceof com.rometools.rome.feed.atom.Entry atom) {
      return atom.getId();
    }
    return entry.getUri();
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return link.getHref();
      }
    }
    return null;
  }

  /** The longer of full content (content:encoded, Atom content) and description/summary. */
  private static String body(SyndEntry entry) {
    String content = "";
    for (SyndContent part : entry.getContents()) {
      String text = contentText(part);
      if (text.length() > content.length()) {
        content = text;
      }
    }
    String description = entry.getDescription() == null ? "" : contentText(entry.getDescription());
    return content.length() >= description.length() ? content : description;
  }

  private static String contentText(SyndContent content) {
    String value = content.getValue();
    if (value == null) {
      return "";
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    // Feeds often mark HTML as text; the markup itself is the better witness.
    return type.contains("html") || HtmlText.looksLikeHtml(value)
        ? HtmlText.fromHtml(value)
        : value.strip();
  }

  private static String asText(String value) {
    return value != null && HtmlText.looksLikeHtml(value) ? HtmlText.fromHtml(value) : value;
  }

  private static String byline(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
