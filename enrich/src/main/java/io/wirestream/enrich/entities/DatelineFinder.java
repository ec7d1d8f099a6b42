package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the datelines that open a news text or one of its paragraphs: an upper-case place name,
 * then optionally a comma and its state, country or date, then a dash or an agency in brackets
 * ("PORTO ALEGRE, Brazil —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —"). The upper-case
 * words are a place whatever the name finder, trained on mixed-case text, would make of them.
 */
final class DatelineFinder {

  /** The longest upper-case place name a dateline opens with ("RIO DE JANEIRO", "ST. LOUIS"). */
  private static final int MAX_PLACE_TOKENS = 4;

  /** How far after the place the closing dash or agency may come (", Calif., March 3 (AP) —"). */
  private static final int MAX_TAIL_TOKENS = 10;

  private static final Set<String> DASHES = Set.of("-", "—", "–", "--");

  /**
   * A dateline: its upper-case place at tokens {@code [from, to)}, where the words after a comma
   * that may name the place's state or country start ({@code -1} when there is no comma), and the
   * first token of the story after the closing dash.
   */
  record Dateline(int from, int to, int qualifierFrom, int qualifierTo, int storyFrom) {}

  /**
   * The datelines of a field, at most one per paragraph, or two where a slash joins two places
   * ("NEW DELHI/ISLAMABAD (Reuters) -").
   */
  List<Dateline> find(Tokens tokens) {
    List<Dateline> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!opensParagraph(tokens, i)) {
        continue;
      }
      Dateline d = datelineAt(tokens, i);
      if (d != null) {
        found.add(d);
        continue;
      }
      int slash = placeEnd(tokens, i);
      Dateline second =
          slash > i && slash < tokens.size() && tokens.word(slash).equals("/")
              ? datelineAt(tokens, slash + 1)
              : null;
      if (second != null) {
        found.add(new Dateline(i, slash, -1, -1, second.storyFrom()));
        found.add(second);
      }
    }
    return found;
  }

  /** The end of the upper-case words from {@code from}, at most {@link #MAX_PLACE_TOKENS}. */
  private static int placeEnd(Tokens tokens, int from) {
    int to = from;
    while (to < tokens.size() && to - from < MAX_PLACE_TOKENS && isUpperCaseWord(tokens.word(to))) {
      to++;
    }
    return to;
  }

  private static Dateline datelineAt(Tokens tokens, int from) {
    int to = placeEnd(tokens, from);
    if (to == from || to == tokens.size()) {
      return null;
    }
    String next = tokens.word(to);
    if (DASHES.contains(next) || next.equals("(") && closesWithAgency(tokens, to)) {
      return new Dateline(from, to, -1, -1, afterClosing(tokens, to));
    }
    if (!next.equals(",")) {
      return null;
    }
    // ", Brazil —", ", Calif. (AP) -", ", March 3 —": mixed-case words, numbers and commas only
    int qualifierTo = to + 1;
    while (qualifierTo < tokens.size()
        && qualifierTo - to <= MAX_TAIL_TOKENS
        && tokens.isCapitalised(qualifierTo)) {
      qualifierTo++;
    }
    for (int k = qualifierTo; k < tokens.size() && k - to <= MAX_TAIL_TOKENS; k++) {
      String w = tokens.word(k);
      if (DASHES.contains(w) || w.equals("(") && closesWithAgency(tokens, k)) {
        int storyFrom = afterClosing(tokens, k);
        return qualifierTo > to + 1
            ? new Dateline(from, to, to + 1, qualifierTo, storyFrom)
            : new Dateline(from, to, -1, -1, storyFrom);
      }
      if (!w.equals(",") && !w.equals(".") && !Character.isLetterOrDigit(w.charAt(0))) {
        return null;
      }
      if (Character.isLetter(w.charAt(0)) && !tokens.isCapitalised(k)) {
        return null; // "NATO, which ..." is a sentence, not a dateline
      }
    }
    return null;
  }

  /** The token after the dash that closes a dateline at {@code k} (a dash or an agency). */
  private static int afterClosing(Tokens tokens, int k) {
    while (!DASHES.contains(tokens.word(k))) {
      k++;
    }
    return k + 1;
  }

  /** "(Reuters) -", "(AP) —": capitalised words in brackets, then a dash. */
  private static boolean closesWithAgency(Tokens tokens, int open) {
    int k = open + 1;
    while (k < tokens.size() && k - open <= 3 && tokens.isCapitalised(k)) {
      k++;
    }
    return k > open + 1
        && k + 1 < tokens.size()
        && tokens.word(k).equals(")")
        && DASHES.contains(tokens.word(k + 1));
  }

  /** True at the first token of the text or the first after a line break. */
  private static boolean opensParagraph(Tokens tokens, int i) {
    if (i == 0) {
      return true;
    }
    for (int c = tokens.ends[i - 1]; c < tokens.begins[i]; c++) {
      if (tokens.text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** "PORTO", "PORT-AU-PRINCE", "ST.", "D.C.": letters, all upper case, at least two of them. */
  static boolean isUpperCaseWord(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return letters >= 2;
  }
}
