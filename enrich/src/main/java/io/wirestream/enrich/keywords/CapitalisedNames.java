package io.wirestream.enrich.keywords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The capitalised names of a story's body, so that a piece of one is no keyword: "inc" in "Tesla
 * Inc", "organisation" in "New Zealand Nurses Organisation", "world health" in "World Health
 * Organization". A name says what it names whole; a word of it that matters on its own recurs on
 * its own. Pieces that are how the story names a person or place stay ("Robert Telles" in "Public
 * Administrator Robert Telles"). Built per body; not thread-safe.
 */
final class CapitalisedNames {

  /**
   * Titles before a person's name ("Governor", "President") end a name, so "Maria Lindqvist" in
   * "Governor Maria Lindqvist" is a name of its own. The one-word entries of the entity tagger's
   * list are the ones that can match a word.
   */
  private static final StopWords TITLES =
      StopWords.load("/io/wirestream/enrich/entities/titles.txt");

  private final List<Words.Word> words;
  private final Set<String> personAndPlaceNames = new HashSet<>();
  private final int[] nameStart;
  private final int[] nameEnd;

  /**
   * @param words the body's words
   * @param names how the story names its people and places, as written
   */
  CapitalisedNames(List<Words.Word> words, List<String> names) {
    this.words = words;
    this.nameStart = new int[words.size()];
    this.nameEnd = new int[words.size()];
    for (String name : names) {
      personAndPlaceNames.add(
          String.join(" ", Words.of(name.toLowerCase(Locale.ROOT), Integer.MAX_VALUE)));
    }
  }

  /**
   * Marks the names inside the content-word run {@code [from, to)}: each word gets the bounds of
   * the run of capitalised words it belongs to, an empty range when it is not capitalised. A
   * possessive ends a run ("Madrid's Eduardo Camavinga"), and so does a title.
   */
  void mark(int from, int to) {
    int k = from;
    while (k < to) {
      if (!words.get(k).capitalised()) {
        nameStart[k] = k;
        nameEnd[k] = k;
        k++;
        continue;
      }
      int end = k + 1;
      while (end < to && words.get(end).capitalised() && !endsName(words.get(end - 1))) {
        end++;
      }
      for (int j = k; j < end; j++) {
        nameStart[j] = k;
        nameEnd[j] = end;
      }
      k = end;
    }
  }

  /**
   * True when the marked words {@code [start, start + n)} lie inside a longer name without being
   * all of it, and are not how the story names a person or place.
   */
  boolean isPiece(int start, int n) {
    int from = nameStart[start];
    int to = nameEnd[start];
    boolean piece = to - from >= 2 && start + n <= to && (start > from || start + n < to);
    return piece && !personAndPlaceNames.contains(join(start, n));
  }

  private static boolean endsName(Words.Word word) {
    return word.possessive() || TITLES.contains(word.text());
  }

  private String join(int start, int n) {
    StringBuilder text = new StringBuilder(words.get(start).text());
    for (int k = start + 1; k < start + n; k++) {
      text.append(' ').append(words.get(k).text());
    }
    return text.toString();
  }
}
