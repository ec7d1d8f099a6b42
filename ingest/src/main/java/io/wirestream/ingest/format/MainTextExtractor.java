package io.wirestream.ingest.format;

import io.wirestream.ingest.clean.HtmlText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Finds the story text of a page. First removes chrome (the selectors in {@code
 * html-chrome-selectors.txt}: nav, header, footer, aside, forms, share and newsletter boxes...),
 * then takes the element the page marks as the article body, else the largest {@code <article>},
 * else {@code <main>}, else the element holding the most paragraph text. Mutates the document it is
 * given. Thread-safe.
 */
final class MainTextExtractor {

  /** Paragraphs shorter than this (captions, labels) do not count towards a block's density. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  /** A list or box inside the story whose text is mostly links is a link list, not story. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
  private static final MainTextExtractor DEFAULTS = new MainTextExtractor(loadSelectors());

  private final List<String> chromeSelectors;

  private MainTextExtractor(List<String> chromeSelectors) {
    this.chromeSelectors = List.copyOf(chromeSelectors);
  }

  static MainTextExtractor defaults() {
    return DEFAULTS;
  }

  /** The page's story text, paragraphs separated by blank lines; "" when the page has none. */
  String extract(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    removeChrome(body);
    Element root = pickRoot(body);
    removeLinkLists(root);
    return HtmlText.toText(root);
  }

  private void removeChrome(Element body) {
    for (String selector : chromeSelectors) {
      for (Element element : body.select(selector)) {
        if (element.parent() == null
            || NEVER_REMOVED.contains(element.normalName())
            || element.hasAttr("itemprop")
                && element.attr("itemprop").equalsIgnoreCase("articleBody")
            || !element.select("[itemprop=articleBody]").isEmpty()) {
          continue;
        }
        element.remove();
      }
    }
  }

  private static Element pickRoot(Element body) {
    Element marked = largest(body.select("[itemprop=articleBody]"));
    if (marked != null) {
      return marked;
    }
    Element article = largest(body.select("article"));
    if (article != null && article.text().length() >= MIN_PARAGRAPH_CHARS) {
      return article;
    }
    Element main = largest(body.select("main, [role=main]"));
    if (main != null && main.text().length() >= MIN_PARAGRAPH_CHARS) {
      return main;
    }
    Element densest = densest(body);
    return densest == null ? body : densest;
  }

  private static Element largest(Elements elements) {
    Element best = null;
    int bestLength = -1;
    for (Element element : elements) {
      int length = element.text().length();
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    return best;
  }

  /** Scores each block by the paragraph text it holds (half credit to the grandparent). */
  private static Element densest(Element body) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element paragraph : body.select("p, pre, blockquote")) {
      int length = paragraph.text().length();
      if (length < MIN_PARAGRAPH_CHARS || linkDensity(paragraph) > MAX_LINK_DENSITY) {
        continue;
      }
      Element parent = paragraph.parent();
      if (parent != null) {
        scores.merge(parent, length, Integer::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, length / 2, Integer::sum);
        }
      }
    }
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  private static void removeLinkLists(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element box : root.select("ul, ol, div, section")) {
      if (box != root && box.select("a").size() >= 3 && linkDensity(box) > MAX_LINK_DENSITY) {
        doomed.add(box);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select("a")) {
      links += a.text().length();
    }
    return (double) links / total;
  }

  private static List<String> loadSelectors() {
    List<String> selectors = new ArrayList<>();
    try (InputStream in =
        MainTextExtractor.class.getResourceAsStream("html-chrome-selectors.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource html-chrome-selectors.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String selector = line.strip();
        if (!selector.isEmpty() && !selector.startsWith("#")) {
          // Fail at load, not on the first page, when a selector is not valid.
          Selector.evaluatorOf(selector);
          selectors.add(selector);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return selectors;
  }
}
