package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.ItemPosition;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a document's format from its content, using the file extension only to break ties (a file
 * named {@code .jsonl} holding one object is still JSON Lines). Looks at the first few kilobytes
 * only, so it is cheap on large inputs.
 */
public final class FormatSniffer {

  private static final int SCAN_CHARS = 8192;
  private static final double MAX_CONTROL_RATIO = 0.05;
  private static final Pattern FIRST_TAG =
      Pattern.compile("<([A-Za-z_][\\w.:-]*)([^>]*)>?", Pattern.DOTALL);
  private static final Pattern NINJS_KEY =
      Pattern.compile(
          "\"(uri|bodies|body_text|body_html|headlines|versioncreated|firstcreated|pubstatus)\"\\s*:"
              + "|ninjs",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARED_BODY_KEY = Pattern.compile("\"body\"\\s*:");
  private static final Set<String> HTML_ROOTS =
      Set.of(
          "html",
          "head",
          "body",
          "div",
          "p",
          "article",
          "section",
          "main",
          "span",
          "h1",
          "h2",
          "h3",
          "h4",
          "meta",
          "title",
          "link",
          "table",
          "ul",
          "ol",
          "header",
          "nav",
          "br",
          "a",
          "script",
          "style",
          "figure",
          "img",
          "em",
          "strong",
          "b",
          "i",
          "blockquote");

  private FormatSniffer() {}

  /**
   * Detects the format of decoded text.
   *
   * @throws IngestException EMPTY for a blank document, BINARY for content that is not text
   */
  public static DetectedFormat detect(InputDocument document, String text) throws IngestException {
    int start = firstContentChar(text);
    if (start == text.length()) {
      throw new IngestException(
          Reason.EMPTY, document.location(), ItemPosition.WHOLE_DOCUMENT, "empty file");
    }
    String head = text.substring(start, Math.min(text.length(), start + SCAN_CHARS));
    if (looksBinary(head)) {
      throw new IngestException(
          Reason.BINARY,
          document.location(),
          ItemPosition.WHOLE_DOCUMENT,
          "not a supported format: looks like binary data");
    }
    String extension = document.extension();
    char first = head.charAt(0);
    if (first == '<') {
      return detectMarkup(head);
    }
    if (first == '{' || first == '[') {
      return detectJson(head, extension);
    }
    if ((extension.equals("html") || extension.equals("htm")) && head.contains("<")) {
      return DetectedFormat.HTML;
    }
    return DetectedFormat.TEXT;
  }

  private static int firstContentChar(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  /** Binary content decodes to NULs, stray control characters and replacement characters. */
  static boolean looksBinary(String head) {
    int suspicious = 0;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == 0) {
        return true;
      }
      boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      if (control || c == '\uFFFD') {
        suspicious++;
      }
    }
    return suspicious > head.length() * MAX_CONTROL_RATIO;
  }

  private static DetectedFormat detectMarkup(String head) {
    String rest = head;
    boolean foreignDoctype = false;
    // Skip the XML declaration, processing instructions, comments and a DOCTYPE to the root tag.
    while (true) {
      rest = rest.stripLeading();
      if (rest.startsWith("<?")) {
        rest = after(rest, "?>");
      } else if (rest.startsWith("<!--")) {
        rest = after(rest, "-->");
      } else if (rest.regionMatches(true, 0, "<!doctype", 0, 9)) {
        String name = rest.substring(9).stripLeading();
        if (name.regionMatches(true, 0, "html", 0, 4)) {
          return DetectedFormat.HTML;
        }
        foreignDoctype = true;
        rest = afterDoctype(rest);
      } else {
        break;
      }
    }
    Matcher tag = FIRST_TAG.matcher(rest);
    if (!tag.lookingAt()) {
      return DetectedFormat.OTHER_XML;
    }
    String qname = tag.group(1);
    String local = qname.substring(qname.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    String attributes = tag.group(2);
    DetectedFormat format =
        switch (local) {
          case "rss", "rdf" -> DetectedFormat.RSS;
          case "feed" -> DetectedFormat.ATOM;
          case "newsitem", "newsmessage" -> DetectedFormat.NEWSML_G2;
          default ->
              HTML_ROOTS.contains(local) && !attributes.contains("iptc.org")
                  ? DetectedFormat.HTML
                  : DetectedFormat.OTHER_XML;
        };
    // A DOCTYPE in front of a page would have said html; in front of anything else it is XML the
    // safe parser must see (and refuse).
    return foreignDoctype && format == DetectedFormat.HTML ? DetectedFormat.OTHER_XML : format;
  }

  private static String after(String text, String end) {
    int at = text.indexOf(end);
    return at < 0 ? "" : text.substring(at + end.length());
  }

  /** Skips a DOCTYPE including an internal subset in brackets. */
  private static String afterDoctype(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return text.substring(i + 1);
      }
    }
    return "";
  }

  private static DetectedFormat detectJson(String head, String extension) {
    if (head.charAt(0) == '[') {
      return DetectedFormat.JSON_LINES;
    }
    String[] lines = head.split("\r?\n", 51);
    int nonBlank = 0;
    int objectLines = 0;
    for (int i = 0; i < Math.min(lines.length, 50); i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (line.startsWith("{") && (line.endsWith("}") || i == lines.length - 1)) {
        objectLines++;
      }
    }
    boolean linesExtension = extension.equals("jsonl") || extension.equals("ndjson");
    // Several one-line objects are JSON Lines whatever the name; a single line is whatever the
    // name says; a pretty-printed object is one document even in a .jsonl file.
    if (nonBlank >= 2 && objectLines * 2 > nonBlank || nonBlank == 1 && linesExtension) {
      return DetectedFormat.JSON_LINES;
    }
    boolean ninjs = NINJS_KEY.matcher(head).find() && !SHARED_BODY_KEY.matcher(head).find();
    return ninjs ? DetectedFormat.NINJS : DetectedFormat.JSON;
  }
}
