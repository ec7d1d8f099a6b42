package io.wirestream.enrich.keywords;

import io.wirestream.enrich.keywords.PhraseCandidates.Candidate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the few phrases that say what a story is about. Candidates are the words and the two- and
 * three-word sequences inside runs of content words (runs end at function words and punctuation). A
 * candidate is scored by how often it occurs (headline mentions count more), how rare its words are
 * in news generally (inverse document frequency from a bundled table) and how early it first
 * appears. A phrase of several words must either recur or be a capitalised name in the body, so
 * that chance word sequences ("armenia agree ceasefire") stay out. Inflections are merged ("talk",
 * "talks") and the most frequent surface form is shown. Immutable and thread-safe; the output
 * depends only on the input.
 */
public final class KeywordExtractor {

  public static final int MAX_KEYWORDS = 8;
  private static final int MAX_PHRASE_WORDS = 3;
  private static final int MAX_CHARS = 20_000;
  private static final double HEADLINE_WEIGHT = 3.0;

  /** A long body repeats what matters; a word said once in it is rarely a keyword. */
  private static final int LONG_BODY_WORDS = 150;

  /** A body this long is a story, not a teaser, and repeats the headline's subject words. */
  private static final int STORY_BODY_WORDS = 40;

  /** Words that name a time: the dates of a story are the temporal tagger's to report. */
  private static final StopWords TIME_WORDS =
      StopWords.load("/io/wirestream/enrich/keywords/time-words-en.txt");

  /** Past forms of irregular verbs ("flew", "met"), which the frequency table often misses. */
  private static final StopWords IRREGULAR_VERBS =
      StopWords.load("/io/wirestream/enrich/keywords/irregular-verbs-en.txt");

  /** Endings that make a noun of a verb ("follower", "hearing", "relation", "payment"). */
  private static final List<String> NOUN_SUFFIXES =
      List.of("er", "or", "ion", "ment", "ant", "ent", "ance", "ence", "ing", "ity", "ist", "al");

  private static final KeywordExtractor STANDARD =
      new KeywordExtractor(StopWords.english(), DocumentFrequencies.load());

  /** Stop-word test and stem of each word in one lookup. */
  private final ContentStems stems;

  private final DocumentFrequencies frequencies;

  KeywordExtractor(StopWords stopWords, DocumentFrequencies frequencies) {
    this.stems = ContentStems.of(stopWords);
    this.frequencies = frequencies;
  }

  /** The extractor with the bundled English stop words and document frequencies. */
  public static KeywordExtractor standard() {
    return STANDARD;
  }

  /** Up to eight lowercase phrases, best first. */
  public List<String> keywords(String headline, String body) {
    return keywords(headline, body, List.of());
  }

  /**
   * Up to eight lowercase phrases, best first, none of them a piece of one of the story's {@code
   * names} (how its people and places are named): "luiz inacio" is cut out of "Luiz Inacio Lula da
   * Silva" and "sul" out of "Rio Grande do Sul" by the function words inside them, and says nothing
   * on its own.
   */
  public List<String> keywords(String headline, String body, List<String> names) {
    List<String> spacedNames = new ArrayList<>();
    for (String name : names) {
      spacedNames.add(" " + name.toLowerCase(Locale.ROOT) + " ");
    }
    PhraseCandidates table = new PhraseCandidates();
    collect(Words.words(headline, MAX_CHARS), true, null, table);
    int storyStart = Dateline.storyStart(body);
    List<Words.Word> bodyWords =
        Words.words(storyStart == 0 ? body : body.substring(storyStart), MAX_CHARS);
    collect(bodyWords, false, new CapitalisedNames(bodyWords, names), table);
    boolean longBody = bodyWords.size() > LONG_BODY_WORDS;
    double total = Math.max(1, bodyWords.size());
    List<Candidate> scored = new ArrayList<>();
    for (Candidate c : table.candidates()) {
      if (c.words > 1 ? c.mentions < 2 && !c.name : longBody && !c.inHeadline && c.mentions < 2) {
        continue;
      }
      // Of forms seen equally often, a single word is shown in one that names a thing ("floods"
      // beside "flooded").
      c.shown = c.words == 1 ? table.surface(c, this::namesAThing) : table.surface(c);
      if (c.words == 1 && (!namesAThing(c.shown) || verbEndingInS(c.shown, table.text(c)))) {
        continue;
      }
      if (c.words == 1 && c.bodyMentions == 0 && bodyWords.size() >= STORY_BODY_WORDS) {
        // A story's subject recurs in its body; a headline-only word is mostly headlinese, a verb
        // ("cools", "holds", "gives") or a pun.
        continue;
      }
      if (c.words == MAX_PHRASE_WORDS && hasCommonerPart(c, table)) {
        continue;
      }
      double position = c.inHeadline ? 1.0 : 1.0 - 0.5 * Math.min(1.0, c.firstPosition / total);
      double length = 1.0 + 0.25 * (c.words - 1);
      c.score = (1.0 + Math.log(c.weightedCount)) * c.idf * position * length;
      table.text(c); // spelled out now: the ranking below breaks ties on it
      scored.add(c);
    }
    scored.sort(
        Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparing(c -> c.text));
    List<String> out = new ArrayList<>();
    List<String> chosenKeys = new ArrayList<>();
    for (Candidate c : scored) {
      if (out.size() >= MAX_KEYWORDS) {
        break;
      }
      if (!overlaps(c.text, chosenKeys) && !pieceOfName(c.shown, spacedNames)) {
        chosenKeys.add(c.text);
        out.add(c.shown);
      }
    }
    return out;
  }

  /**
   * True when the phrase is part of a name but not the whole of it, or runs into a name from
   * outside ("president luiz" against "Luiz Inacio Lula da Silva").
   */
  private static boolean pieceOfName(String phrase, List<String> spacedNames) {
    String spaced = " " + phrase + " ";
    boolean piece = false;
    for (String name : spacedNames) {
      if (name.equals(spaced)) {
        return false; // the whole name, as the story says it
      }
      piece |= name.contains(spaced) || runsInto(spaced, name);
    }
    return piece;
  }

  /** True when the phrase's last words open the name or its first words close it. */
  private static boolean runsInto(String spacedPhrase, String spacedName) {
    for (int i = spacedPhrase.indexOf(' ', 1); i > 0 && i < spacedPhrase.length() - 1; ) {
      if (spacedName.startsWith(spacedPhrase.substring(i))
          || spacedName.endsWith(spacedPhrase.substring(0, i + 1))) {
        return true;
      }
      i = spacedPhrase.indexOf(' ', i + 1);
    }
    return false;
  }

  /**
   * A three-word phrase is dropped when its first or last two words occur at least as often on
   * their own ("raise interest rates" against "interest rates"): the shorter phrase is the
   * established term.
   */
  private static boolean hasCommonerPart(Candidate c, PhraseCandidates candidates) {
    Candidate head = candidates.get(PhraseCandidates.head(c.key));
    Candidate tail = candidates.get(PhraseCandidates.tail(c.key));
    return head != null && head.mentions >= c.mentions
        || tail != null && tail.mentions >= c.mentions;
  }

  /**
   * A candidate repeats a chosen phrase when one contains the other, or when both are phrases of
   * several words that share a word: "raise interest" after "interest rates" adds only the verb.
   */
  private static boolean overlaps(String key, List<String> chosen) {
    String padded = " " + key + " ";
    boolean phrase = key.indexOf(' ') > 0;
    for (String other : chosen) {
      String otherPadded = " " + other + " ";
      if (otherPadded.contains(padded) || padded.contains(otherPadded)) {
        return true;
      }
      if (phrase && other.indexOf(' ') > 0) {
        for (String word : key.split(" ")) {
          if (otherPadded.contains(" " + word + " ")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Adds every phrase of one to three words inside each run of content words, except pieces of the
   * body's capitalised names ({@code bodyNames}, null for the headline, whose capitals say
   * nothing). Each word is stemmed and numbered once, however many phrases hold it.
   */
  private void collect(
      List<Words.Word> words,
      boolean headline,
      CapitalisedNames bodyNames,
      PhraseCandidates candidates) {
    int size = words.size();
    int[] stemIds = new int[size];
    int[] wordIds = new int[size];
    boolean[] verbs = new boolean[size];
    double[] idfs = new double[size];
    Arrays.fill(idfs, Double.NaN); // looked up when a phrase first needs it
    int runStart = 0;
    for (int i = 0; i <= size; i++) {
      String stem = i < size ? contentStem(words.get(i).text()) : null;
      if (stem != null) {
        stemIds[i] = candidates.stemId(stem);
        wordIds[i] = candidates.wordId(words.get(i).text());
        verbs[i] = frequencies.verb(words.get(i).text());
        continue;
      }
      if (bodyNames != null) {
        bodyNames.mark(runStart, i);
      }
      for (int start = runStart; start < i; start++) {
        for (int n = 1; n <= MAX_PHRASE_WORDS && start + n <= i; n++) {
          if (bodyNames != null && bodyNames.isPiece(start, n)) {
            continue;
          }
          add(words, stemIds, wordIds, verbs, idfs, start, n, headline, candidates);
        }
      }
      runStart = i + 1;
    }
  }

  /**
   * A headline's present-tense verb ("dies", "gives", "kills", "holds"): a word in "-s" whose forms
   * together, or whose form without the "-s", news mostly uses as verbs, unless this form is mostly
   * a noun ("talks") or a noun made from the verb ("followers", "hearings", "relations").
   */
  private boolean verbEndingInS(String word, String stem) {
    if (!word.endsWith("s") || frequencies.noun(word)) {
      return false;
    }
    String singular = word.substring(0, word.length() - 1);
    if (!frequencies.verbStem(stem)
        && !frequencies.verb(singular)
        && !(word.endsWith("es") && frequencies.verb(word.substring(0, word.length() - 2)))) {
      return false;
    }
    for (String suffix : NOUN_SUFFIXES) {
      if (singular.endsWith(suffix)) {
        return false;
      }
    }
    return true;
  }

  /** A single word that may be a keyword: not a time, a verb or an adverb. */
  private boolean namesAThing(String word) {
    return !TIME_WORDS.contains(word) && !verb(word) && !adverb(word);
  }

  /**
   * A word that says what happened rather than what about: one news mostly uses as a verb
   * ("protect", "agreed"), the past form of an irregular verb ("flew", "met"), or a past or
   * progressive form not known as a noun ("signalled", but not "meeting").
   */
  private boolean verb(String word) {
    return frequencies.verb(word)
        || IRREGULAR_VERBS.contains(word)
        || looksLikeVerbForm(word) && !frequencies.noun(word);
  }

  /**
   * A word that says how rather than what ("separately", "illegally", "reportedly"): a long word in
   * "-ly" news does not use as a noun ("assembly", "monopoly" are).
   */
  private boolean adverb(String word) {
    return word.length() >= 7 && word.endsWith("ly") && !frequencies.noun(word);
  }

  /**
   * Without a part-of-speech tagger, a phrase ending in a past or progressive verb form ("bank
   * raised", "talks collapsing") is the commonest way a word sequence that is not a term gets in;
   * such phrases are skipped.
   */
  private static boolean looksLikeVerbForm(String word) {
    return word.length() > 4
        && (word.endsWith("ed") && !word.endsWith("eed") || word.endsWith("ing"));
  }

  /**
   * The stem of a content word; null for a stop word, a single character, a number or an ordinal
   * ("89th", "3rd": a rank or a date's day, never what a story is about).
   */
  private String contentStem(String word) {
    if (word.length() < 2 || isOrdinal(word)) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return stems.stem(word);
      }
    }
    return null; // numbers alone are not keywords
  }

  /** "89th", "3rd", "21st": digits and an ordinal suffix. */
  private static boolean isOrdinal(String word) {
    int n = word.length();
    if (n < 3 || !Character.isDigit(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n - 2; i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    String suffix = word.substring(n - 2);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  private void add(
      List<Words.Word> words,
      int[] stemIds,
      int[] wordIds,
      boolean[] verbs,
      double[] idfs,
      int start,
      int n,
      boolean headline,
      PhraseCandidates candidates) {
    if (n == 1 && words.get(start).text().length() < 3) {
      return;
    }
    if (n > 1
        && (looksLikeVerbForm(words.get(start + n - 1).text())
            || verbs[start]
            || verbs[start + n - 1])) {
      return; // "azerbaijan agree", "resume talks": a clause, not a term
    }
    boolean name = !headline && n > 1;
    for (int k = start; name && k < start + n; k++) {
      name = words.get(k).capitalised();
    }
    long key = PhraseCandidates.key(stemIds, start, n);
    Candidate c = candidates.get(key);
    if (c == null) {
      double idf = 0;
      for (int k = start; k < start + n; k++) {
        if (Double.isNaN(idfs[k])) {
          idfs[k] = frequencies.idf(words.get(k).text());
        }
        idf += idfs[k];
      }
      c = candidates.add(key, n, idf / n);
    }
    c.weightedCount += headline ? HEADLINE_WEIGHT : 1.0;
    c.mentions++;
    if (!headline) {
      c.bodyMentions++;
    }
    c.inHeadline |= headline;
    c.name |= name;
    c.firstPosition = Math.min(c.firstPosition, headline ? 0 : start);
    c.addSurface(PhraseCandidates.key(wordIds, start, n));
  }
}
