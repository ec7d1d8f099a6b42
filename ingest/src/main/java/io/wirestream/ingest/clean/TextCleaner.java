package io.wirestream.ingest.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns extracted story text into the clean body stored on {@code news.raw}: HTML entities decoded,
 * Unicode NFC, whitespace normalised, chrome lines dropped, the headline repeated at the top
 * dropped, repeated paragraphs and teasers dropped, and paragraphs separated by exactly one blank
 * line. A pure function; thread-safe.
 */
public final class TextCleaner {

  /** Paragraphs whose comparison key is shorter are never treated as duplicates ("Q:", "—"). */
  static final int MIN_DUPLICATE_KEY = 20;

  /** A paragraph this long that starts another paragraph is a teaser of it. */
  static final int MIN_TEASER_KEY = 40;

  /** Teasers and standfirsts sit near the top; looking further would cost quadratic time. */
  static final int TEASER_WINDOW = 12;

  /** Bylines sit just above the story; further down a "By ..." line is story text. */
  static final int BYLINE_WINDOW = 3;

  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)by\\s+\\p{L}[\\p{L}.'’ -]{1,40}((,|\\s+and|\\s+&)\\s+\\p{L}[\\p{L}.'’ -]{1,40}){0,3}"
              + "(\\s*[|,]\\s*[\\p{L} ]{2,40})?");

  /** What bytes 0x80-0x9F mean in Windows-1252; U+FFFD where the byte is undefined. */
  private static final String WINDOWS_1252_C1 =
      "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
          + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

  private static final TextCleaner DEFAULTS = new TextCleaner(BoilerplateFilter.defaults());

  private final BoilerplateFilter boilerplate;

  public TextCleaner(BoilerplateFilter boilerplate) {
    this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
  }

  /** A cleaner with the bundled boilerplate patterns. */
  public static TextCleaner defaults() {
    return DEFAULTS;
  }

  /**
   * Cleans a story body.
   *
   * @param body the extracted text, paragraphs separated by blank lines (or one per line)
   * @param headline the story's headline, so copies of it at the top can be dropped; may be null
   * @return the clean body; empty when nothing is left
   */
  public String clean(String body, String headline) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String headlineKey = headline == null ? "" : key(normaliseCharacters(headline));
    List<String> paragraphs = paragraphs(normaliseCharacters(body), headlineKey);
    dropHeadlineRepeats(paragraphs, headlineKey);
    dropLeadingBylines(paragraphs);
    dropDuplicatesAndTeasers(paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /** Cleans a one-line field (headline, byline): entities, NFC and whitespace, on one line. */
  public String cleanLine(String text) {
    if (text == null) {
      return null;
    }
    String line = collapseSpaces(normaliseCharacters(text).replace('\n', ' ')).strip();
    return line.isEmpty() ? null : line;
  }

  /** Decodes entities, applies NFC and maps every kind of space and line break to ' ' and '\n'. */
  static String normaliseCharacters(String text) {
    String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    String nfc = Normalizer.normalize(decoded, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u2028', '\u2029', '\u000B', '\u000C' -> out.append('\n');
        case '\t', '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u1680' -> out.append(' ');
        // Zero-width space, word joiner, BOM and soft hyphen carry no text. ZWJ and ZWNJ stay:
        // they shape Persian, Indic scripts and emoji.
        case '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F' -> {}
        default -> {
          if (c >= '\u2000' && c <= '\u200A') {
            out.append(' ');
          } else if (c >= '\u0080' && c <= '\u009F') {
            // C1 controls in text are almost always Windows-1252 bytes read as Latin-1 (curly
            // quotes, dashes): restore the character meant, drop the rest.
            char meant = WINDOWS_1252_C1.charAt(c - 0x80);
            if (meant != '\uFFFD') {
              out.append(meant);
            }
          } else if (Character.getType(c) != Character.CONTROL) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Splits into paragraphs. With blank lines present, a block of consecutive lines is one paragraph
   * (wrapped lines join with a space); without any, each line is a paragraph. Chrome lines, lines
   * without a letter or digit, and copies of the headline before the story starts are dropped
   * before joining.
   */
  private List<String> paragraphs(String text, String headlineKey) {
    String[] lines = text.split("\n", -1);
    boolean blockMode = text.strip().contains("\n\n") || hasBlankLineBetweenText(lines);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = collapseSpaces(raw).strip();
      if (line.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      if (boilerplate.isBoilerplate(line) || !hasLetterOrDigit(line)) {
        continue;
      }
      boolean storyStarted = !paragraphs.isEmpty() || current.length() > 0;
      if (!storyStarted && !headlineKey.isEmpty() && key(line).equals(headlineKey)) {
        continue;
      }
      if (!blockMode) {
        paragraphs.add(line);
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean hasBlankLineBetweenText(String[] lines) {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String line : lines) {
      if (line.isBlank()) {
        blankAfterText |= seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static boolean hasLetterOrDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Pages often repeat the headline (title, h1, social card) before the story starts. */
  private static void dropHeadlineRepeats(List<String> paragraphs, String headlineKey) {
    if (headlineKey.isEmpty()) {
      return;
    }
    while (!paragraphs.isEmpty() && key(paragraphs.get(0)).equals(headlineKey)) {
      paragraphs.remove(0);
    }
  }

  /**
   * Pages put the byline ("By Jane Roe and John Doe") above the story; the byline has its own
   * field, so a short "By ..." paragraph among the first few is not story text.
   */
  private static void dropLeadingBylines(List<String> paragraphs) {
    for (int i = 0; i < Math.min(paragraphs.size(), BYLINE_WINDOW); i++) {
      String paragraph = paragraphs.get(i);
      // A sentence ends with a full stop; a byline does not.
      boolean sentence =
          paragraph.endsWith(".") || paragraph.endsWith("!") || paragraph.endsWith("?");
      if (!sentence && BYLINE.matcher(paragraph).matches()) {
        paragraphs.remove(i);
        return;
      }
    }
  }

  /**
   * Drops later copies of a paragraph, and teasers: a paragraph cut short ("...") or a standfirst
   * whose words open another, longer paragraph.
   */
  private static void dropDuplicatesAndTeasers(List<String> paragraphs) {
    List<String> keys = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      keys.add(key(paragraph));
    }
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String key = keys.get(i);
      boolean longEnough = key.length() >= MIN_DUPLICATE_KEY;
      if (longEnough && !seen.add(key)) {
        continue;
      }
      if (isTeaser(paragraphs.get(i), key, keys, i)) {
        continue;
      }
      kept.add(paragraphs.get(i));
    }
    paragraphs.clear();
    paragraphs.addAll(kept);
  }

  private static boolean isTeaser(String paragraph, String key, List<String> keys, int index) {
    if (index >= TEASER_WINDOW) {
      return false;
    }
    boolean truncated = paragraph.endsWith("...") || paragraph.endsWith("…");
    int minimum = truncated ? MIN_DUPLICATE_KEY : MIN_TEASER_KEY;
    if (key.length() < minimum) {
      return false;
    }
    for (int j = 0; j < Math.min(keys.size(), 2 * TEASER_WINDOW); j++) {
      String other = keys.get(j);
      if (j != index
          && other.length() > key.length()
          && other.startsWith(key)
          && (truncated || other.charAt(key.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** Comparison key: lower case letters and digits, every other run of characters one space. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
