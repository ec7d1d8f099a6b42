package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the gazetteer does not know, named beside a noun that says they are places ({@code
 * place-nouns.tsv}): "the town of Karabilah", "the village of Labado", "Uruzgan province", or
 * closed by a word that names a kind of place ("Tiananmen Square", "South China Sea"), or named
 * before a venue noun ("the Santiago Bernabeu stadium"). Wire copy introduces small places this
 * way; most of these nouns outweigh the name finder's reading of the name. A nationality opening
 * such a name is no part of it ("the German Baltic Sea coast"). Immutable.
 */
final class PlaceNouns {

  static final String FILE = "place-nouns.tsv";

  /** The longest place name read beside a noun ("Dera Ismail Khan"). */
  private static final int MAX_TOKENS = 3;

  /** Connectors of place names beside the particles of people's names ("Rio Grande do Sul"). */
  private static final Set<String> PLACE_CONNECTORS = Set.of("of", "do");

  /** Articles, which open sentences and place names alike but are no part of the name. */
  private static final Set<String> ARTICLES = Set.of("The", "the");

  private final Set<String> before;
  private final Set<String> after;
  private final Set<String> venues;
  private final Set<String> heads;
  private final TitleMatcher titles;
  private final PlaceGazetteer gazetteer;

  PlaceNouns(
      Set<String> before,
      Set<String> after,
      Set<String> venues,
      Set<String> heads,
      TitleMatcher titles,
      PlaceGazetteer gazetteer) {
    this.before = Set.copyOf(before);
    this.after = Set.copyOf(after);
    this.venues = Set.copyOf(venues);
    this.heads = Set.copyOf(heads);
    this.titles = titles;
    this.gazetteer = gazetteer;
  }

  static PlaceNouns load(TitleMatcher titles, PlaceGazetteer gazetteer) {
    Map<String, Set<String>> words =
        WordLists.byPosition(FILE, Set.of("OF", "AFTER", "VENUE", "HEAD"));
    return new PlaceNouns(
        words.get("OF"),
        words.get("AFTER"),
        words.get("VENUE"),
        words.get("HEAD"),
        titles,
        gazetteer);
  }

  /**
   * Place names {@code {from, to}} among the tokens not {@code taken}, in text order, none
   * overlapping: with {@code overNames}, those the nouns that outweigh the name finder give ("the
   * town of", "... Sea", "... stadium"), else those before "province" or "district", which also
   * follow names of other kinds ("the House district"). Capitals are tested before any word is
   * looked up, as this runs over every token.
   */
  List<int[]> find(Tokens tokens, boolean[] taken, boolean overNames) {
    Set<String> nounsAfter = overNames ? venues : after;
    List<int[]> places = List.of();
    List<String> words = Arrays.asList(tokens.words);
    for (int i = 1; i < tokens.size(); i++) {
      // "the South Darfur village of Labado": a noun may close one place and open another
      int[] named = null;
      int[] of = null;
      if (tokens.isCapitalised(i - 1) && !taken[i - 1] && !tokens.isCapitalised(i)) {
        named = nounsAfter.contains(tokens.word(i)) ? beforeNoun(tokens, words, taken, i) : null;
      } else if (overNames
          && tokens.isCapitalised(i)
          && !taken[i]
          && tokens.isCapitalised(i - 1)
          && !tokens.isCapitalised(i + 1)
          && heads.contains(tokens.word(i))) {
        named = endingInHead(tokens, words, taken, i);
      }
      if (overNames
          && i + 2 < tokens.size()
          && tokens.isCapitalised(i + 2)
          && !taken[i + 2]
          && tokens.word(i + 1).equals("of")
          && before.contains(tokens.word(i))) {
        of = afterOf(tokens, words, taken, i + 2);
      }
      places = added(places, named);
      places = added(places, of);
    }
    return places;
  }

  /** The places with {@code place} added, unless it is null or overlaps the last of them. */
  private static List<int[]> added(List<int[]> places, int[] place) {
    if (place == null || !places.isEmpty() && place[0] < places.get(places.size() - 1)[1]) {
      return places;
    }
    List<int[]> more = places.isEmpty() ? new ArrayList<>(2) : places;
    more.add(place);
    return more;
  }

  /** "the town of Karabilah". */
  private int[] afterOf(Tokens tokens, List<String> words, boolean[] taken, int from) {
    int to = runEnd(tokens, words, taken, from);
    boolean whole = !tokens.isCapitalised(to) || NameCues.TIME_WORDS.contains(tokens.word(to));
    return to - from <= MAX_TOKENS && whole ? new int[] {from, to} : null;
  }

  /** "Uruzgan province", "the Santiago Bernabeu stadium": the noun at {@code noun}. */
  private int[] beforeNoun(Tokens tokens, List<String> words, boolean[] taken, int noun) {
    int from = noun - 1;
    while (from > 0 && noun - from < MAX_TOKENS && tokens.isCapitalised(from - 1)) {
      from--;
    }
    boolean whole = startsName(tokens, from);
    return whole && runEnd(tokens, words, taken, from) == noun && !tokens.sentenceStarts[from]
        ? new int[] {afterNationality(tokens, from, noun), noun}
        : null;
  }

  /** True for a word that closes a place's name ("Square", "Sea", "Bay"). */
  boolean isHead(String word) {
    return heads.contains(word);
  }

  /** "Tiananmen Square": the closing word at {@code head}. */
  private int[] endingInHead(Tokens tokens, List<String> words, boolean[] taken, int head) {
    int from = head;
    while (from > 0 && head - from < MAX_TOKENS && tokens.isCapitalised(from - 1)) {
      from--;
    }
    boolean whole = startsName(tokens, from);
    if (ARTICLES.contains(tokens.word(from))) {
      from++; // "The Red Sea" opening a sentence
    }
    return from < head
            && whole
            && runEnd(tokens, words, taken, from) == head + 1
            && !knownPlaceThrough(tokens, from, head)
        ? new int[] {afterNationality(tokens, from, head), head + 1}
        : null;
  }

  /**
   * "Rhode Island", "the Turks and Caicos Islands": a place the gazetteer knows that reaches the
   * closing word at {@code head}, from the name or from just before it, is left to the gazetteer.
   */
  private boolean knownPlaceThrough(Tokens tokens, int from, int head) {
    for (int s = Math.max(0, from - 2); s < head; s++) {
      PlaceGazetteer.Match known = gazetteer.longestMatch(tokens, s);
      if (known != null && known.to() > head) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name may start at {@code from}: no capital before it, nor a particle of a longer name
   * ("Sangre de Cristo").
   */
  private static boolean startsName(Tokens tokens, int from) {
    if (from == 0) {
      return true;
    }
    String before = tokens.word(from - 1);
    boolean particle = PersonSpans.isParticle(before) || PLACE_CONNECTORS.contains(before);
    return !tokens.isCapitalised(from - 1)
        && !(particle && from >= 2 && tokens.isCapitalised(from - 2));
  }

  /**
   * Where the name starting at {@code from} starts without the nationality opening it ("German" of
   * "German Baltic Sea"), when a name of its own is left before {@code last}: "Indian Ocean" stays.
   */
  private int afterNationality(Tokens tokens, int from, int last) {
    PlaceGazetteer.Match lead = gazetteer.longestMatch(tokens, from);
    return lead != null
            && lead.to() < last
            && lead.readings().stream().anyMatch(PlaceGazetteer.Reading::demonym)
        ? lead.to()
        : from;
  }

  /** The end of the free capitalised words from {@code from} that are no title. */
  private int runEnd(Tokens tokens, List<String> words, boolean[] taken, int from) {
    int to = from;
    while (to < tokens.size()
        && tokens.isCapitalised(to)
        && !taken[to]
        && !NameCues.TIME_WORDS.contains(tokens.word(to)) // "the town of Tombstone Friday"
        && !OrganisationRules.isCompoundModifier(tokens.word(to)) // "a Serb-held village"
        && titles.titleLength(words, to) == 0) {
      to++;
    }
    return to;
  }
}
