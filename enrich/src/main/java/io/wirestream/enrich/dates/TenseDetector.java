package io.wirestream.enrich.dates;

import java.util.Set;

/**
 * Decides whether an expression without its own direction ("Friday", "in December") points to the
 * past or the future of the reference day, from the nearest tense cue in its sentence ("said
 * Friday" -> past, "will meet on Monday" -> future). News reports mostly what happened, so the past
 * is the default.
 */
final class TenseDetector {

  private static final int BACK = 10;
  private static final int AHEAD = 6;

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those");

  private static final Set<String> NOT_BEFORE_VERB =
      Set.of(
          "to",
          "did",
          "does",
          "do",
          "on",
          "in",
          "of",
          "for",
          "at",
          "by",
          "with",
          "from",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "stay",
          "stays",
          "stayed",
          "remain",
          "remains",
          "remained",
          "my",
          "your",
          "first",
          "last",
          "next",
          "final",
          "another",
          "each",
          "every");

  private static final Set<String> PLURAL_SUBJECTS = Set.of("they", "we", "both", "all", "sides");

  /** Singular nouns that end in "s" ("Fox News host Laura Ingraham"). */
  private static final Set<String> SINGULAR_IN_S =
      Set.of("news", "series", "means", "politics", "economics", "species", "press", "business");

  private static final Set<String> SINGULAR_SUBJECTS = Set.of("he", "she", "it", "team", "side");

  private TenseDetector() {}

  static Lexicon.Direction direction(Cursor c, int begin, int end) {
    Lexicon.Direction d = cue(c, begin, end);
    return d == null ? Lexicon.Direction.PAST : d;
  }

  /** The direction the nearest tense cue gives, or null when the sentence has none nearby. */
  static Lexicon.Direction cue(Cursor c, int begin, int end) {
    return cue(c, begin, end, true);
  }

  /**
   * As {@link #cue(Cursor, int, int)}, but a nearest "is" or "are" gives no direction: the season
   * "the children are spending the summer" names is the current one, while a weekday after "is"
   * ("the vote is Tuesday") is still ahead.
   */
  static Lexicon.Direction cueBeyondPresent(Cursor c, int begin, int end) {
    return cue(c, begin, end, false);
  }

  /** Looks back from the expression, then ahead of it, each way up to the sentence's end. */
  private static Lexicon.Direction cue(Cursor c, int begin, int end, boolean present) {
    for (int step : new int[] {-1, 1}) {
      int limit = step < 0 ? BACK : AHEAD;
      int i = step < 0 ? begin - 1 : end;
      for (int n = 0; n < limit && i >= 0 && i < c.size() && !sentenceBreak(c, i); n++, i += step) {
        if (!present && c.isAny(i, "is", "are")) {
          return null;
        }
        Lexicon.Direction d = cue(c, i);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * Whether a past-tense verb governs the expression [begin, end) directly ("ended Sept. 30", "died
   * in August", "the Oct. 7 attacks killed"): the day it names is over, however near the calendar
   * puts it.
   */
  static boolean governedByPast(Cursor c, int begin, int end) {
    int k = c.isAny(begin - 1, "on", "in", "at") ? begin - 2 : begin - 1;
    if (k >= 0 && cue(c, k) == Lexicon.Direction.PAST && !c.isAny(k, "last", "ago", "earlier")) {
      return true;
    }
    // "the Oct. 7 attacks killed ...": a date naming an event it stands before, whose verb is past
    if (!c.is(begin - 1, "the")) {
      return false;
    }
    for (int v = end + 1; v <= end + 2; v++) {
      if (c.t(v - 1) == null || !c.t(v - 1).isWord() || c.t(v - 1).capitalized()) {
        return false;
      }
      if (cue(c, v) == Lexicon.Direction.PAST) {
        return true;
      }
    }
    return false;
  }

  private static Lexicon.Direction cue(Cursor c, int i) {
    Token t = c.t(i);
    if (!t.isWord()) {
      return null;
    }
    String w = t.lower();
    // words inside compounds ("lower-than-expected") are adjectives, not verbs
    if (c.is(i - 1, "-") && c.adjacent(i)
        || c.is(i + 1, "-") && c.adjacent(i + 1)
        || c.is(i - 1, "than")) {
      return null;
    }
    Lexicon.Direction d = c.lex.tenseCues.get(w);
    if (d == Lexicon.Direction.PAST && !finiteVerb(c, i)) {
      return null;
    }
    Lexicon.PlanSubject subject = c.lex.ambiguousPlanVerbs.get(w);
    if (subject != null && !presentVerb(c, i, subject)) {
      return null;
    }
    // "had been scheduled to expire Friday", "was expected on Monday": a plan reported in the past
    // tense, whose day is usually over by the time the report is read
    if (d == Lexicon.Direction.FUTURE
        && c.isAny(i, "scheduled", "expected", "planned", "due")
        && (c.isAny(i - 1, "was", "were", "had") || c.is(i - 1, "been") && c.is(i - 2, "had"))) {
      return Lexicon.Direction.PAST;
    }
    if (d != null) {
      return d;
    }
    // "is to", "set to" announce a plan
    if (w.equals("to")
        && c.isAny(i - 1, "is", "are", "was", "were", "set")
        && c.t(i + 1) != null
        && c.t(i + 1).isWord()) {
      return Lexicon.Direction.FUTURE;
    }
    // a regular past-tense verb ("closed", "reported"), not a number word ("two hundred")
    if (w.length() >= 5
        && w.endsWith("ed")
        && !w.endsWith("eed")
        && !c.lex.numbers.containsKey(w)
        && finiteVerb(c, i)) {
      return Lexicon.Direction.PAST;
    }
    return null;
  }

  /**
   * Whether a past form at i can be the sentence's verb: not a passive participle after "be" ("will
   * be paid in January", where the auxiliary carries the tense), and not an adjective after a
   * determiner ("a still unspecified date", "the proposed merger").
   */
  private static boolean finiteVerb(Cursor c, int i) {
    if (c.isAny(i - 1, "be", "being")) {
      return false;
    }
    int k = i - 1;
    if (c.isAny(k, "still", "yet", "newly", "recently", "previously", "widely")) {
      k--;
    }
    return !DETERMINERS.contains(c.w(k));
  }

  /**
   * Whether a word that may be a plan verb or a noun stands as a finite present verb ("polls close
   * at 8 p.m.", "the teams meet Sunday"): not after a determiner, possessive or number ("the
   * close", "his return", "two starts"), a preposition ("on hold"), a form of "be" ("were open"),
   * or the "to" and "did" of an infinitive ("agreed to play", "did not go").
   */
  private static boolean presentVerb(Cursor c, int i, Lexicon.PlanSubject subject) {
    // a capitalised verb is a title-case headline, where the present tense tells of the past
    if (c.t(i).capitalized()) {
      return false;
    }
    int k = c.isAny(i - 1, "not", "n't", "again", "also") ? i - 2 : i - 1;
    Token prev = c.t(k);
    if (prev == null
        || !prev.isWord()
        || DETERMINERS.contains(prev.lower())
        || NOT_BEFORE_VERB.contains(prev.lower())
        || c.lex.numbers.containsKey(prev.lower())) {
      return false;
    }
    String w = prev.lower();
    return switch (subject) {
      case PLURAL -> pluralSubject(c, k);
      case SINGULAR -> prev.capitalized() || SINGULAR_SUBJECTS.contains(w);
      case ANY -> true;
    };
  }

  /**
   * Whether the words ending at k hold a plural subject: "polls close", "they meet", "Bush and
   * Gorbachev meet", and across an "of" or "in" phrase, "polls in California close", "ministers of
   * OPEC meet".
   */
  private static boolean pluralSubject(Cursor c, int k) {
    for (int j = k; j >= 0 && j > k - 5; j--) {
      Token t = c.t(j);
      if (!t.isWord()) {
        return false;
      }
      String w = t.lower();
      if (PLURAL_SUBJECTS.contains(w)
          || w.length() > 3 && w.endsWith("s") && !SINGULAR_IN_S.contains(w)
          || t.capitalized() && c.is(j - 1, "and")) {
        return true;
      }
      // only a name or an "of"/"in" phrase may stand between the subject and its verb
      if (j < k && !t.capitalized() && !c.isAny(j, "of", "in")) {
        return false;
      }
      if (j == k && !t.capitalized()) {
        return false;
      }
    }
    return false;
  }

  private static boolean sentenceBreak(Cursor c, int i) {
    String w = c.w(i);
    if (w.equals("!") || w.equals("?") || w.equals(";")) {
      return true;
    }
    // "at 1 a.m. Thursday": the dot of "a.m." before the day it falls on ends no sentence
    if (w.equals(".")
        && c.is(i - 1, "m")
        && c.adjacent(i)
        && c.lex.weekdays.containsKey(c.w(i + 1))) {
      return false;
    }
    // a full stop ends a sentence unless it closes an abbreviation such as "Sept."
    return w.equals(".")
        && !(c.t(i - 1) != null
            && c.t(i - 1).isWord()
            && c.t(i - 1).length() <= 4
            && c.adjacent(i)
            && c.t(i + 1) != null
            && !c.t(i + 1).capitalized());
  }
}
