package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sports clubs named by a place and a club word ({@code club-words.tsv}): "Real Madrid", "Bayern
 * Munich", "Manchester United". The name finder reads such names as the place or as a person; the
 * club word beside a place the gazetteer knows says it is a club. Immutable.
 */
final class ClubNames {

  static final String FILE = "club-words.tsv";

  private final Set<String> before;
  private final Set<String> after;
  private final PlaceGazetteer gazetteer;

  ClubNames(Set<String> before, Set<String> after, PlaceGazetteer gazetteer) {
    this.before = Set.copyOf(before);
    this.after = Set.copyOf(after);
    this.gazetteer = gazetteer;
  }

  static ClubNames load(PlaceGazetteer gazetteer) {
    Map<String, Set<String>> words = WordLists.byPosition(FILE, Set.of("BEFORE", "AFTER"));
    return new ClubNames(words.get("BEFORE"), words.get("AFTER"), gazetteer);
  }

  /** Club names {@code {from, to}} in text order, none overlapping. */
  List<int[]> find(Tokens tokens) {
    List<int[]> clubs = List.of();
    for (int i = 0; i < tokens.size(); i++) {
      int end = clubEnd(tokens, i);
      if (end > i) {
        if (clubs.isEmpty()) {
          clubs = new ArrayList<>(2);
        }
        clubs.add(new int[] {i, end});
        i = end - 1;
      }
    }
    return clubs;
  }

  /** The end of a club's name starting at {@code i}, or -1. */
  private int clubEnd(Tokens tokens, int i) {
    if (!tokens.isCapitalised(i) || !tokens.isCapitalised(i + 1)) {
      return -1; // both forms are two capitalised words at least
    }
    if (before.contains(tokens.word(i))) {
      PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, i + 1);
      if (place != null && !tokens.isCapitalised(place.to())) {
        return place.to(); // "Real Madrid", not "Real Madrid Stadium"
      }
    }
    if (i > 0 && tokens.isCapitalised(i - 1)) {
      return -1;
    }
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, i);
    if (place != null
        && place.to() < tokens.size()
        && after.contains(tokens.word(place.to()))
        && !tokens.isCapitalised(place.to() + 1)) {
      return place.to() + 1; // "Manchester United", whole unless the gazetteer holds it
    }
    return -1;
  }
}
