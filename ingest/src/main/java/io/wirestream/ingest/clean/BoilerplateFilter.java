package io.wirestream.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises lines that are page chrome rather than story text ("Skip to content", "Share this
 * article", cookie notices, copyright and photo credit lines). The patterns are data, loaded from
 * {@code boilerplate-lines.txt}; each must match a whole line. Immutable and thread-safe.
 */
public final class BoilerplateFilter {

  /** The bundled pattern list. */
  public static final String DEFAULT_RESOURCE = "boilerplate-lines.txt";

  /** Longer lines are story text whatever they start with; no chrome line is this long. */
  static final int MAX_BOILERPLATE_LENGTH = 400;

  private static final BoilerplateFilter DEFAULTS = loadDefault();

  // Bullets and arrows that decorate link lists are not part of the words matched.
  private static final Pattern DECORATION =
      Pattern.compile("^[\\s•·»›>|*\\-–—]+|[\\s•·»›>|*\\-–—:]+$");

  private final List<Pattern> patterns;
  // All patterns as one alternation: one matcher per line instead of one per pattern.
  private final Pattern combined;

  private BoilerplateFilter(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    StringBuilder alternation = new StringBuilder();
    for (Pattern pattern : patterns) {
      alternation
          .append(alternation.length() == 0 ? "" : "|")
          .append("(?:")
          .append(pattern.pattern())
          .append(')');
    }
    this.combined =
        Pattern.compile(
            alternation.length() == 0 ? "(?!)" : alternation.toString(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The filter built from the bundled pattern list. */
  public static BoilerplateFilter defaults() {
    return DEFAULTS;
  }

  /**
   * Loads patterns: one regular expression a line, blank lines and lines starting with '#' ignored.
   *
   * @throws IllegalArgumentException naming the line of a pattern that does not compile
   */
  public static BoilerplateFilter load(InputStream in) {
    List<Pattern> patterns = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String source = line.strip();
        if (source.isEmpty() || source.startsWith("#")) {
          continue;
        }
        try {
          patterns.add(Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "boilerplate pattern on line " + number + " does not compile: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BoilerplateFilter(patterns);
  }

  private static BoilerplateFilter loadDefault() {
    InputStream in = BoilerplateFilter.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
    }
    return load(in);
  }

  /** Whether a single, whitespace-normalised line is chrome. */
  public boolean isBoilerplate(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_BOILERPLATE_LENGTH) {
      return false;
    }
    text = DECORATION.matcher(text).replaceAll("");
    return !text.isEmpty() && combined.matcher(text).matches();
  }

  /** How many patterns were loaded. */
  public int size() {
    return patterns.size();
  }
}
