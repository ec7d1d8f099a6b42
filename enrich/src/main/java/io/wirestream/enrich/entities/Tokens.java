package io.wirestream.enrich.entities;

/**
 * The tokens of one text field with their UTF-16 offsets, and the sentence each token starts.
 * Arrays are owned by this object and never changed after construction; {@code begins} and {@code
 * ends} may be longer than {@code words} (only the first {@link #size} entries count). Besides, it
 * remembers the gazetteer's answers for its tokens ({@link #placeMatches}); like the rest of a
 * field's analysis it belongs to one thread.
 */
final class Tokens {

  final String field;
  final String text;
  final String[] words;
  final int[] begins;
  final int[] ends;

  /** sentenceStarts[i] is true when token i begins a sentence. */
  final boolean[] sentenceStarts;

  /**
   * capitals[i] is true when token i begins with an upper-case letter: every pass asks, so it is
   * found once.
   */
  private final boolean[] capitals;

  /** The gazetteer whose answers {@link #placeMatches} holds. */
  private PlaceGazetteer matchesOf;

  private PlaceGazetteer.Match[] placeMatches;

  Tokens(
      String field,
      String text,
      String[] words,
      int[] begins,
      int[] ends,
      boolean[] sentenceStarts) {
    this.field = field;
    this.text = text;
    this.words = words;
    this.begins = begins;
    this.ends = ends;
    this.sentenceStarts = sentenceStarts;
    this.capitals = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      char first = words[i].isEmpty() ? ' ' : words[i].charAt(0);
      // most words open with an ASCII letter, which needs no Unicode table
      capitals[i] = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
    }
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  /** The text covered by tokens {@code [from, to)}, with its original spacing. */
  String span(int from, int to) {
    return text.substring(begins[from], ends[to - 1]);
  }

  /**
   * By start token, what {@link PlaceGazetteer#longestMatch} found there for this gazetteer (null
   * where it has not looked yet), for it to fill.
   */
  PlaceGazetteer.Match[] placeMatches(PlaceGazetteer gazetteer) {
    if (matchesOf != gazetteer) {
      matchesOf = gazetteer;
      placeMatches = new PlaceGazetteer.Match[words.length];
    }
    return placeMatches;
  }

  boolean isCapitalised(int i) {
    return i >= 0 && i < capitals.length && capitals[i];
  }
}
