package io.wirestream.ingest.format;

import io.wirestream.avro.Format;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.clean.BoilerplateFilter;
import io.wirestream.ingest.time.Dateline;
import io.wirestream.ingest.time.DatelineParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a plain-text story: the first line that is not chrome is the headline (when it reads like
 * one), a following "By ..." line the byline, and a dateline opening the story ("BAKU, Azerbaijan
 * (AP) —") is recognised and copied to {@code dateline}; the body keeps it, so no words are lost.
 */
public final class PlainTextParser implements FormatParser {

  /** A first line longer than this is a paragraph, not a headline. */
  static final int MAX_HEADLINE_CHARS = 250;

  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\p{Lu}.{1,120}$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:,]\"?$");

  private final IngestLimits limits;
  private final BoilerplateFilter boilerplate;
  private final DatelineParser datelines;

  public PlainTextParser(
      IngestLimits limits, BoilerplateFilter boilerplate, DatelineParser datelines) {
    this.limits = limits;
    this.boilerplate = boilerplate;
    this.datelines = datelines;
  }

  @Override
  public List<ItemResult> parse(InputDocument document, DecodedText decoded) {
    String[] lines = decoded.text().split("\r\n|\r|\n", -1);
    ItemPosition position = ItemPosition.line(0, 1);
    ParsedItem.Builder item = ParsedItem.builder(Format.TEXT, position);
    int next = 0;
    int headlineLine = -1;
    while (next < lines.length
        && (lines[next].isBlank() || boilerplate.isBoilerplate(lines[next]))) {
      next++;
    }
    if (next < lines.length && isHeadline(lines, next)) {
      item.headline(lines[next].strip());
      headlineLine = next;
      next++;
    }
    int afterBlank = skipBlank(lines, next);
    if (headlineLine >= 0
        && afterBlank < lines.length
        && BYLINE.matcher(lines[afterBlank].strip()).matches()) {
      item.byline(lines[afterBlank].strip());
      next = afterBlank + 1;
    }
    String body =
        String.join(
                "\n",
                java.util.Arrays.asList(lines).subList(Math.min(next, lines.length), lines.length))
            .strip();
    Optional<Dateline> dateline = datelines.find(body);
    dateline.ifPresent(d -> item.dateline(d.text()));
    item.body(body);
    return List.of(ItemChecks.finish(item, document, position, limits));
  }

  /**
   * A headline is a short line followed by a blank line or by the story, and not itself the opening
   * of a story (no dateline, no closing punctuation of a sentence).
   */
  private boolean isHeadline(String[] lines, int index) {
    String line = lines[index].strip();
    if (line.length() > MAX_HEADLINE_CHARS || datelines.find(line).isPresent()) {
      return false;
    }
    int following = skipBlank(lines, index + 1);
    if (following >= lines.length) {
      return false; // a one-line file is all body
    }
    boolean blankAfter = following > index + 1;
    return blankAfter || !SENTENCE_END.matcher(line).matches();
  }

  private static int skipBlank(String[] lines, int from) {
    int i = from;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    return i;
  }
}
