package io.wirestream.enrich.dates.timeml;

import io.wirestream.avro.TemporalExpression;
import io.wirestream.enrich.dates.TemporalTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Annotates TempEval-3 style TimeML documents: reads the creation time from DCT, tags the plain
 * text inside TEXT with {@link TemporalTagger}, and returns the same document with TIMEX3 elements
 * (tids t1..tN) inserted in TEXT. Used to measure the tagger on TimeML corpora.
 */
public final class TimeMlAnnotator {

  private static final Pattern DCT =
      Pattern.compile("<DCT>.*?value=\"([^\"]+)\".*?</DCT>", Pattern.DOTALL);
  private static final Pattern DOCID_DATE = Pattern.compile("<DOCID>\\D*(\\d{8})");
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");
  private static final String OPEN = "<TEXT>";
  private static final String CLOSE = "</TEXT>";

  private final TemporalTagger tagger;

  public TimeMlAnnotator() {
    this(TemporalTagger.standard());
  }

  public TimeMlAnnotator(TemporalTagger tagger) {
    this.tagger = tagger;
  }

  /** The document with TIMEX3 tags in TEXT; a document without TEXT is returned unchanged. */
  public String annotate(String timeMlDocument) {
    int open = timeMlDocument.indexOf(OPEN);
    int close = timeMlDocument.indexOf(CLOSE, open + 1);
    if (open < 0 || close < 0) {
      return timeMlDocument;
    }
    String text = unescape(timeMlDocument.substring(open + OPEN.length(), close));
    Instant reference = reference(timeMlDocument);
    List<TemporalExpression> found = tagger.tag(text, "body", reference);
    StringBuilder sb = new StringBuilder(timeMlDocument.length() + found.size() * 80);
    sb.append(timeMlDocument, 0, open + OPEN.length());
    int pos = 0;
    int tid = 1;
    for (TemporalExpression e : found) {
      escape(sb, text.substring(pos, e.getBegin()));
      sb.append("<TIMEX3 tid=\"t")
          .append(tid++)
          .append("\" type=\"")
          .append(e.getType())
          .append("\" value=\"")
          .append(e.getValue())
          .append('"');
      if (e.getMod() != null) {
        sb.append(" mod=\"").append(e.getMod()).append('"');
      }
      sb.append('>');
      escape(sb, e.getText());
      sb.append("</TIMEX3>");
      pos = e.getEnd();
    }
    escape(sb, text.substring(pos));
    sb.append(timeMlDocument, close, timeMlDocument.length());
    return sb.toString();
  }

  /** What {@link #annotateDirectory} did. */
  public record Summary(int files, int expressions) {}

  /** Annotates every *.tml file of {@code in} into {@code out} (same names). */
  public static Summary annotateDirectory(Path in, Path out) throws IOException {
    if (!Files.isDirectory(in)) {
      throw new IOException("not a directory: " + in);
    }
    TimeMlAnnotator annotator = new TimeMlAnnotator();
    Files.createDirectories(out);
    int[] counts = new int[2];
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    for (Path p : files) {
      String doc = Files.readString(p, StandardCharsets.UTF_8);
      String annotated;
      try {
        annotated = annotator.annotate(doc);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot annotate " + p + ": " + e.getMessage(), e);
      }
      Files.writeString(out.resolve(p.getFileName().toString()), annotated, StandardCharsets.UTF_8);
      counts[0]++;
      counts[1] += countTags(annotated);
    }
    return new Summary(counts[0], counts[1]);
  }

  private static int countTags(String doc) {
    int open = doc.indexOf(OPEN);
    int n = 0;
    for (int i = doc.indexOf("<TIMEX3 tid=", open);
        i >= 0;
        i = doc.indexOf("<TIMEX3 tid=", i + 1)) {
      n++;
    }
    return n;
  }

  /** The DCT value as an instant (UTC); falls back to a date in DOCID, then to the epoch. */
  static Instant reference(String doc) {
    Matcher m = DCT.matcher(doc);
    if (m.find()) {
      String v = m.group(1);
      try {
        if (v.length() >= 16 && v.charAt(10) == 'T') {
          return LocalDateTime.parse(v.length() == 16 ? v + ":00" : v.substring(0, 19))
              .toInstant(ZoneOffset.UTC);
        }
        if (v.length() >= 10) {
          return LocalDate.parse(v.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
      } catch (java.time.format.DateTimeParseException e) {
        // fall through to the document id
      }
    }
    Matcher id = DOCID_DATE.matcher(doc);
    if (id.find()) {
      String d = id.group(1);
      try {
        return LocalDate.of(
                Integer.parseInt(d.substring(0, 4)),
                Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
      } catch (java.time.DateTimeException e) {
        return Instant.EPOCH;
      }
    }
    return Instant.EPOCH;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(ch);
      }
    }
  }

  /** Runs {@link #annotateDirectory} from the command line: IN_DIR OUT_DIR. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: TimeMlAnnotator IN_DIR OUT_DIR");
      System.exit(2);
    }
    try {
      Summary s = annotateDirectory(Path.of(args[0]), Path.of(args[1]));
      System.out.println(s.files() + " files, " + s.expressions() + " expressions");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
