package io.wirestream.enrich.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds organisation names by their shape: a run of capitalised words that ends in an organisation
 * word ("Acme Widgets Inc.", "Labour Party") or is headed by one followed by "of" ("Ministry of
 * Defence", "University of Georgia").
 */
final class OrganisationRules {

  /** Lower-case words allowed inside a name when a capitalised word follows. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "the", "de", "on");

  private final Set<String> suffixes;

  OrganisationRules(Set<String> suffixes) {
    this.suffixes = suffixes;
  }

  static OrganisationRules load() {
    return new OrganisationRules(new HashSet<>(WordLists.lines("org-suffixes.txt")));
  }

  boolean isSuffix(String word) {
    return suffixes.contains(word);
  }

  /** Organisation spans {@code {from, to}} by shape, at most one per run of capitalised words. */
  List<int[]> find(Tokens tokens) {
    List<int[]> spans = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.isCapitalised(i)) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      int[] span = organisationWithin(tokens, i, end);
      if (span != null) {
        spans.add(span);
      }
      i = end;
    }
    return spans;
  }

  private static int runEnd(Tokens tokens, int start) {
    int i = start + 1;
    while (i < tokens.size()) {
      if (tokens.isCapitalised(i)) {
        i++;
      } else if (CONNECTORS.contains(tokens.word(i)) && tokens.isCapitalised(i + 1)) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private int[] organisationWithin(Tokens tokens, int start, int end) {
    int from = start;
    if (tokens.word(from).equals("The") && end - from > 2) {
      from++; // "The Labour Party" is named "Labour Party"
    }
    for (int last = end - 1; last > from; last--) {
      if (suffixes.contains(tokens.word(last))) {
        return new int[] {from, last + 1};
      }
    }
    if (end - from >= 3
        && suffixes.contains(tokens.word(from))
        && tokens.word(from + 1).equals("of")) {
      return new int[] {from, end};
    }
    return null;
  }
}
