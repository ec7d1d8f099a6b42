package io.wirestream.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.avro.Format;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.HtmlText;
import io.wirestream.ingest.time.DatelineParser;
import io.wirestream.ingest.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page: metadata from JSON-LD {@code NewsArticle}, Open Graph and meta tags, the
 * canonical link and {@code <title>}; the story text from the article body the page marks ({@code
 * itemprop=articleBody}, {@code <article>}, {@code <main>}) or else the densest block of
 * paragraphs, after page chrome is removed (see {@link MainTextExtractor}).
 */
public final class HtmlArticleParser implements FormatParser {

  /** DOM text shorter than this share of the JSON-LD articleBody means extraction missed it. */
  static final double MIN_DOM_SHARE_OF_LD_BODY = 0.6;

  private static final Pattern SITE_SUFFIX =
      Pattern.compile("(.+?)\\s+(?:[|\\-–—:]|::)\\s+([^|\\-–—]{1,60})");

  private final IngestLimits limits;
  private final MainTextExtractor extractor;
  private final JsonLd jsonLd;
  private final DatelineParser datelines;

  public HtmlArticleParser(IngestLimits limits, DatelineParser datelines) {
    this.limits = limits;
    this.extractor = MainTextExtractor.defaults();
    this.jsonLd = new JsonLd(new JsonSupport(limits));
    this.datelines = datelines;
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded) {
    String baseUri = document.isWebLocation() ? document.location() : "";
    Document page = Jsoup.parse(decoded.text(), baseUri);
    ItemPosition position = ItemPosition.item(0);
    ParsedItem.Builder item = ParsedItem.builder(Format.HTML, position);
    JsonNode article = jsonLd.findArticle(page);

    item.headline(
        withoutSiteName(
            page,
            first(
                JsonSupport.text(article, "headline"),
                meta(page, "og:title"),
                meta(page, "twitter:title"),
                firstText(page, "h1"),
                title(page))));
    item.url(
        first(
            absolute(page, "link[rel=canonical]", "href"),
            meta(page, "og:url"),
            JsonSupport.text(article, "url"),
            mainEntityId(article),
            baseUri.isEmpty() ? null : baseUri));
    item.byline(
        first(
            joined(JsonSupport.names(JsonSupport.field(article, "author"), "name")),
            meta(page, "author"),
            notUrl(meta(page, "article:author")),
            firstText(page, "[rel=author]"),
            firstText(page, "[itemprop=author]"),
            firstText(page, "[class~=(?i)\\bbyline\\b]")));
    item.language(
        first(
            page.select("html[lang]").attr("lang"),
            attr(page, "meta[http-equiv=content-language]", "content"),
            meta(page, "og:locale"),
            JsonSupport.text(article, "inLanguage")));
    published(page, article, item);

    List<String> keywords = new ArrayList<>();
    keywords.addAll(split(meta(page, "news_keywords")));
    keywords.addAll(split(meta(page, "keywords")));
    page.select("meta[property=article:tag]").forEach(m -> keywords.add(m.attr("content")));
    keywords.addAll(JsonLd.keywords(article));
    item.attribute("keywords", keywords);
    item.attribute(
        "section",
        Arrays.asList(meta(page, "article:section"), JsonSupport.text(article, "articleSection"))
            .stream()
            .filter(s -> s != null)
            .toList());
    item.attribute("siteName", meta(page, "og:site_name"));
    item.attribute("description", first(meta(page, "og:description"), meta(page, "description")));

    String body = extractor.extract(page);
    String ldBody = JsonSupport.text(article, "articleBody");
    if (ldBody != null) {
      String ldText = HtmlText.looksLikeHtml(ldBody) ? HtmlText.fromHtml(ldBody) : ldBody.strip();
      if (body.length() < ldText.length() * MIN_DOM_SHARE_OF_LD_BODY) {
        body = ldText;
      }
    }
    if (body.isBlank()) {
      // Unlike a feed entry, a page is fetched for its story: a title alone means extraction
      // failed.
      return List.of(
          ItemResult.failed(
              ItemChecks.invalid(
                  document,
                  position,
                  "no article text found in the page (a page that builds its text with"
                      + " JavaScript cannot be read)")));
    }
    item.body(body);
    datelines.find(body).ifPresent(d -> item.dateline(d.text()));
    return List.of(ItemChecks.finish(item, document, position, limits));
  }

  private static void published(Document page, JsonNode article, ParsedItem.Builder item) {
    String[] candidates = {
      JsonSupport.text(article, "datePublished"),
      meta(page, "article:published_time"),
      attr(page, "meta[itemprop=datePublished]", "content"),
      meta(page, "pubdate"),
      meta(page, "publishdate"),
      meta(page, "publish-date"),
      meta(page, "parsely-pub-date"),
      meta(page, "sailthru.date"),
      meta(page, "dc.date.issued"),
      meta(page, "date"),
      attr(page, "[itemprop=datePublished][datetime]", "datetime"),
      attr(page, "article time[datetime]", "datetime"),
    };
    for (String candidate : candidates) {
      OffsetDateTime time = Timestamps.parseWithOffset(candidate);
      if (time != null) {
        item.published(time, PublishedFrom.METADATA);
        break;
      }
    }
    item.attribute(
        "modified",
        first(JsonSupport.text(article, "dateModified"), meta(page, "article:modified_time")));
  }

  /** A meta tag's content by property or name (case-insensitive), or null. */
  static String meta(Document page, String key) {
    for (Element meta : page.select("meta[content]")) {
      if (meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key)) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static String attr(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr(attribute);
  }

  private static String absolute(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    if (element == null) {
      return null;
    }
    String abs = element.absUrl(attribute);
    return abs.isEmpty() ? element.attr(attribute) : abs;
  }

  private static String firstText(Document page, String selector) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.text();
  }

  /**
   * "Headline - Site" becomes "Headline" when the tail is the page's site name or the head is a
   * heading shown on the page; a dash inside a real headline is left alone.
   */
  static String withoutSiteName(Document page, String headline) {
    if (headline == null) {
      return null;
    }
    Matcher m = SITE_SUFFIX.matcher(headline);
    if (!m.matches()) {
      return headline;
    }
    String head = m.group(1).strip();
    String tail = m.group(2).strip();
    String siteName = meta(page, "og:site_name");
    if (siteName != null && siteName.equalsIgnoreCase(tail)) {
      return head;
    }
    for (Element heading : page.select("h1, h2")) {
      if (heading.text().strip().equalsIgnoreCase(head)) {
        return head;
      }
    }
    return headline;
  }

  private static String title(Document page) {
    String title = page.title();
    return title.isBlank() ? null : title;
  }

  private static String mainEntityId(JsonNode article) {
    JsonNode main = JsonSupport.field(article, "mainEntityOfPage");
    if (main == null) {
      return null;
    }
    return main.isTextual() ? main.asText() : JsonSupport.text(main, "@id");
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http") ? null : value;
  }

  private static String joined(List<String> names) {
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static List<String> split(String list) {
    return list == null ? List.of() : Arrays.asList(list.split("\\s*,\\s*"));
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
