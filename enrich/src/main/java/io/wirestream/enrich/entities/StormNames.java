package io.wirestream.enrich.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names given to storms ("Hurricane Katrina", "Storm Ciaran", "Typhoon Haiyan"): a storm is an
 * event, neither a person nor an organisation nor a place, so neither the named storm nor its name
 * standing alone elsewhere in the article ("Katrina flooded the city") is a mention. The labelled
 * news corpora leave three in four of them unlabelled. Immutable.
 */
final class StormNames {

  static final String FILE = "storm-words.txt";

  private final Set<String> stormWords;

  StormNames(Set<String> stormWords) {
    this.stormWords = Set.copyOf(stormWords);
  }

  static StormNames load() {
    return new StormNames(new HashSet<>(WordLists.lines(FILE)));
  }

  /** Drops the candidates that are a named storm, or the storm's name alone, in any field. */
  void removeFrom(List<Tokens> fields, List<Candidate> candidates) {
    Set<String> names = new HashSet<>();
    for (Tokens tokens : fields) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (isStormWord(tokens, i) && tokens.isCapitalised(i + 1) && !isStormWord(tokens, i + 1)) {
          names.add(tokens.word(i + 1));
        }
      }
    }
    if (names.isEmpty()) {
      return;
    }
    candidates.removeIf(c -> names.contains(c.text()) || namesStorm(c, names));
  }

  /** "Hurricane Katrina", "Hurricanes Ivan": a storm word followed by a storm's name. */
  private boolean namesStorm(Candidate c, Set<String> names) {
    for (int i = c.from(); i + 1 < c.to(); i++) {
      if (isStormWord(c.tokens(), i) && names.contains(c.tokens().word(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean isStormWord(Tokens tokens, int i) {
    return tokens.isCapitalised(i) && stormWords.contains(tokens.word(i));
  }
}
