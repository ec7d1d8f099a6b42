package io.wirestream.enrich.keywords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with ("YEREVAN, Armenia (AP) —", "WASHINGTON (Reuters) -"): its
 * place is the entity tagger's, and its agency credit says who filed the story, not what it is
 * about, so keywords are read from the story after it.
 */
final class Dateline {

  /**
   * An upper-case place of three letters or more, optionally a comma and a mixed-case state,
   * country or date, optionally an agency in brackets, then a dash.
   */
  private static final Pattern OPENING =
      Pattern.compile(
          "\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]+\\p{Lu}\\.?"
              + "(?:,[^—–()\\n]{1,40}?)?"
              + "(?:\\s*\\([^()\\n]{1,40}\\))?"
              + "\\s*(?:—|–|--|-)\\s+");

  /** How far into the body a dateline may reach. */
  private static final int MAX_LENGTH = 120;

  private Dateline() {}

  /** Where the story starts after the body's opening dateline; 0 without one. */
  static int storyStart(String body) {
    Matcher m = OPENING.matcher(body);
    m.region(0, Math.min(body.length(), MAX_LENGTH));
    return m.lookingAt() ? m.end() : 0;
  }
}
