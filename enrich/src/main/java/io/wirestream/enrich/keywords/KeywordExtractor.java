package io.wirestream.enrich.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  private static final KeywordExtractor STANDARD =
      new KeywordExtractor(StopWords.english(), DocumentFrequencies.load());

  private final StopWords stopWords;
  private final DocumentFrequencies frequencies;

  KeywordExtractor(StopWords stopWords, DocumentFrequencies frequencies) {
    this.stopWords = stopWords;
    this.frequencies = frequencies;
  }

  /** The extractor with the bundled English stop words and document frequencies. */
  public static KeywordExtractor standard() {
    return STANDARD;
  }

  /** Evidence gathered for one stemmed phrase. */
  private static final class Candidate {
    final String key;
    final int words;
    final double idf;
    double weightedCount;
    int mentions;
    int firstPosition = Integer.MAX_VALUE;
    boolean inHeadline;
    boolean name;
    final Map<String, Integer> surfaces = new HashMap<>(4);
    double score;

    Candidate(String key, int words, double idf) {
      this.key = key;
      this.words = words;
      this.idf = idf;
    }

    /**
     * Most frequent form; ties go to the alphabetically first, so the choice never depends on map
     * order.
     */
    String surface() {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
        if (e.getValue() > bestCount
            || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }

  /** Up to eight lowercase phrases, best first. */
  public List<String> keywords(String headline, String body) {
    Map<String, Candidate> candidates = new HashMap<>();
    collect(Words.words(headline, MAX_CHARS), true, candidates);
    List<Words.Word> bodyWords = Words.words(body, MAX_CHARS);
    collect(bodyWords, false, candidates);
    boolean longBody = bodyWords.size() > LONG_BODY_WORDS;
    double total = Math.max(1, bodyWords.size());
    List<Candidate> scored = new ArrayList<>();
    for (Candidate c : candidates.values()) {
      if (c.words > 1 ? c.mentions < 2 && !c.name : longBody && !c.inHeadline && c.mentions < 2) {
        continue;
      }
      if (c.words == MAX_PHRASE_WORDS && hasCommonerPart(c, candidates)) {
        continue;
      }
      double position = c.inHeadline ? 1.0 : 1.0 - 0.5 * Math.min(1.0, c.firstPosition / total);
      double length = 1.0 + 0.25 * (c.words - 1);
      c.score = (1.0 + Math.log(c.weightedCount)) * c.idf * position * length;
      scored.add(c);
    }
    scored.sort(
        Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparing(c -> c.key));
    List<String> out = new ArrayList<>();
    List<String> chosenKeys = new ArrayList<>();
    for (Candidate c : scored) {
      if (out.size() >= MAX_KEYWORDS) {
        break;
      }
      if (!overlaps(c.key, chosenKeys)) {
        chosenKeys.add(c.key);
        out.add(c.surface());
      }
    }
    return out;
  }

  /**
   * A three-word phrase is dropped when its first or last two words occur at least as often on
   * their own ("raise interest rates" against "interest rates"): the shorter phrase is the
   * established term.
   */
  private static boolean hasCommonerPart(Candidate c, Map<String, Candidate> candidates) {
    int first = c.key.indexOf(' ');
    int last = c.key.lastIndexOf(' ');
    Candidate head = candidates.get(c.key.substring(0, last));
    Candidate tail = candidates.get(c.key.substring(first + 1));
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

  private void collect(
      List<Words.Word> words, boolean headline, Map<String, Candidate> candidates) {
    String[] stems = new String[words.size()]; // each word is in up to three phrases: stem it once
    int runStart = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i < words.size() && isContent(words.get(i).text())) {
        continue;
      }
      for (int start = runStart; start < i; start++) {
        for (int n = 1; n <= MAX_PHRASE_WORDS && start + n <= i; n++) {
          add(words, stems, start, n, headline, candidates);
        }
      }
      runStart = i + 1;
    }
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

  private boolean isContent(String word) {
    if (word.length() < 2 || stopWords.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false; // numbers alone are not keywords
  }

  private static String stem(List<Words.Word> words, String[] stems, int index) {
    String stem = stems[index];
    if (stem == null) {
      stem = WordStems.stem(words.get(index).text());
      stems[index] = stem;
    }
    return stem;
  }

  private void add(
      List<Words.Word> words,
      String[] stems,
      int start,
      int n,
      boolean headline,
      Map<String, Candidate> candidates) {
    if (n == 1 && words.get(start).text().length() < 3) {
      return;
    }
    if (n > 1 && looksLikeVerbForm(words.get(start + n - 1).text())) {
      return;
    }
    String key;
    String surface;
    boolean name = !headline && n > 1;
    if (n == 1) {
      surface = words.get(start).text();
      key = stem(words, stems, start);
    } else {
      StringBuilder keyBuilder = new StringBuilder();
      StringBuilder surfaceBuilder = new StringBuilder();
      for (int k = start; k < start + n; k++) {
        Words.Word word = words.get(k);
        if (k > start) {
          keyBuilder.append(' ');
          surfaceBuilder.append(' ');
        }
        keyBuilder.append(stem(words, stems, k));
        surfaceBuilder.append(word.text());
        name &= word.capitalised();
      }
      key = keyBuilder.toString();
      surface = surfaceBuilder.toString();
    }
    Candidate c = candidates.get(key);
    if (c == null) {
      double idf = 0;
      for (int k = start; k < start + n; k++) {
        idf += frequencies.idf(words.get(k).text());
      }
      c = new Candidate(key, n, idf / n);
      candidates.put(key, c);
    }
    c.weightedCount += headline ? HEADLINE_WEIGHT : 1.0;
    c.mentions++;
    c.inHeadline |= headline;
    c.name |= name;
    c.firstPosition = Math.min(c.firstPosition, headline ? 0 : start);
    c.surfaces.merge(surface, 1, Integer::sum);
  }
}
