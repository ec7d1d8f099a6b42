package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the gazetteer does not know, named beside a noun that says they are places ({@code
 * place-nouns.tsv}): "the town of Karabilah", "the village of Labado", "Uruzgan province", or
 * closed by a word that names a kind of place ("Tiananmen Square", "South China Sea"). Wire copy
 * introduces small places this way. Immutable.
 */
final class PlaceNouns {

  static final String FILE = "place-nouns.tsv";

  /** The longest place name read beside a noun ("Dera Ismail Khan"). */
  private static final int MAX_TOKENS = 3;

  /** Articles, which open sentences and place names alike but are no part of the name. */
  private static final Set<String> ARTICLES = Set.of("The", "the");

  private final Set<String> before;
  private final Set<String> after;
  private final Set<String> heads;
  private final TitleMatcher titles;

  PlaceNouns(Set<String> before, Set<String> after, Set<String> heads, TitleMatcher titles) {
    this.before = Set.copyOf(before);
    this.after = Set.copyOf(after);
    this.heads = Set.copyOf(heads);
    this.titles = titles;
  }

  static PlaceNouns load(TitleMatcher titles) {
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    Set<String> heads = new HashSet<>();
    for (String line : WordLists.lines(FILE)) {
      String[] f = line.split("\t");
      switch (f[0].strip()) {
        case "OF" -> before.add(f[1].strip());
        case "AFTER" -> after.add(f[1].strip());
        case "HEAD" -> heads.add(f[1].strip());
        default -> throw new IllegalStateException("Bad position in " + FILE + ": " + line);
      }
    }
    return new PlaceNouns(before, after, heads, titles);
  }

  /** Place names {@code {from, to}} among the tokens not {@code taken}, in text order. */
  List<int[]> find(Tokens tokens, boolean[] taken) {
    List<int[]> places = new ArrayList<>(0);
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (before.contains(tokens.word(i)) && tokens.word(i + 1).equals("of")) {
        int to = runEnd(tokens, taken, i + 2);
        boolean whole = !tokens.isCapitalised(to) || NameCues.TIME_WORDS.contains(tokens.word(to));
        if (to > i + 2 && to - i - 2 <= MAX_TOKENS && whole) {
          places.add(new int[] {i + 2, to});
          i = to - 1;
        }
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (after.contains(tokens.word(i)) && tokens.isCapitalised(i - 1) && !taken[i - 1]) {
        int from = i - 1;
        while (from > 0 && i - from < MAX_TOKENS && tokens.isCapitalised(from - 1)) {
          from--;
        }
        boolean whole = from == 0 || !tokens.isCapitalised(from - 1);
        if (whole && runEnd(tokens, taken, from) == i && !tokens.sentenceStarts[from]) {
          places.add(new int[] {from, i});
        }
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (heads.contains(tokens.word(i)) && !taken[i] && !tokens.isCapitalised(i + 1)) {
        int from = i;
        while (from > 0 && i - from < MAX_TOKENS && tokens.isCapitalised(from - 1)) {
          from--;
        }
        boolean whole = from == 0 || !tokens.isCapitalised(from - 1);
        if (ARTICLES.contains(tokens.word(from))) {
          from++; // "The Red Sea" opening a sentence
        }
        if (from < i && whole && runEnd(tokens, taken, from) == i + 1) {
          places.add(new int[] {from, i + 1}); // "Tiananmen Square", "South China Sea"
        }
      }
    }
    places.sort((a, b) -> Integer.compare(a[0], b[0]));
    return places;
  }

  /** The end of the free capitalised words from {@code from} that are no title. */
  private int runEnd(Tokens tokens, boolean[] taken, int from) {
    int to = from;
    while (to < tokens.size()
        && tokens.isCapitalised(to)
        && !taken[to]
        && !NameCues.TIME_WORDS.contains(tokens.word(to)) // "the town of Tombstone Friday"
        && !OrganisationRules.isCompoundModifier(tokens.word(to)) // "a Serb-held village"
        && titles.titleLength(Arrays.asList(tokens.words), to) == 0) {
      to++;
    }
    return to;
  }
}
