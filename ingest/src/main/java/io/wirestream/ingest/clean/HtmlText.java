package io.wirestream.ingest.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns HTML into plain text the way a reader sees it: block elements become paragraphs separated
 * by one blank line, {@code <br>} a line break, inline markup disappears, scripts and styles are
 * dropped. Used for HTML pages and for the HTML found inside feeds, ninjs and NewsML-G2.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tr",
          "figure",
          "figcaption",
          "address",
          "hr",
          "form",
          "fieldset",
          "details",
          "summary",
          "center");
  private static final Set<String> INVISIBLE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "button",
          "select",
          "input",
          "textarea",
          "head",
          "title");
  private static final Pattern TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>|&[#a-zA-Z0-9]+;");

  private HtmlText() {}

  /** Whether a string holds markup or entities worth converting (feeds often mix the two). */
  public static boolean looksLikeHtml(String text) {
    return text != null && TAG.matcher(text).find();
  }

  /** Converts an HTML fragment or page to text. */
  public static String fromHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return toText(Jsoup.parseBodyFragment(html).body());
  }

  /** Converts an element's content to text, paragraphs separated by one blank line. */
  public static String toText(Element root) {
    Collector collector = new Collector();
    NodeTraversor.filter(collector, root);
    return collector.result();
  }

  private static final class Collector implements NodeFilter {
    private final StringBuilder out = new StringBuilder();
    // 0: nothing pending, 1: a line break, 2: a paragraph break
    private int pendingBreak;
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(preDepth > 0 ? text.getWholeText() : text.text());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (INVISIBLE.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          requestBreak(1);
        } else if (tag.equals("td") || tag.equals("th")) {
          appendText(" ");
        } else if (BLOCKS.contains(tag)) {
          requestBreak(2);
        }
        if (tag.equals("pre")) {
          preDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if (BLOCKS.contains(tag)) {
          requestBreak(2);
        }
      }
      return FilterResult.CONTINUE;
    }

    private void requestBreak(int kind) {
      if (out.length() > 0) {
        pendingBreak = Math.max(pendingBreak, kind);
      }
    }

    private void appendText(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (preDepth == 0 && text.isBlank()) {
        if (out.length() > 0 && pendingBreak == 0 && !endsWithSpace()) {
          out.append(' ');
        }
        return;
      }
      if (pendingBreak > 0) {
        trimTrailingSpaces();
        out.append(pendingBreak == 2 ? "\n\n" : "\n");
        pendingBreak = 0;
        text = preDepth > 0 ? text : text.stripLeading();
      } else if (preDepth == 0 && out.length() > 0 && endsWithSpace()) {
        text = text.stripLeading();
      }
      out.append(text);
    }

    private boolean endsWithSpace() {
      char last = out.charAt(out.length() - 1);
      return last == ' ' || last == '\n';
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') {
        end--;
      }
      out.setLength(end);
    }

    String result() {
      return out.toString().strip();
    }
  }
}
