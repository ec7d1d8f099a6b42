package io.wirestream.enrich.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds organisation names by their shape: a run of capitalised words that ends in an organisation
 * word ("Acme Widgets Inc.", "Labour Party") or is headed by one followed by "of" or "for"
 * ("Ministry of Defence", "University of Georgia").
 */
final class OrganisationRules {

  /**
   * Words after which an organisation word heads the rest ("Ministry of", "Center for", "Commission
   * on Human Rights"); not "on" before a day, a month or a place alone ("the Commission on
   * Tuesday", "the EU Committee on Latin America").
   */
  private static final Set<String> HEADED = Set.of("of", "for", "on");

  /** Legal forms, which end a company's name. */
  private static final Set<String> LEGAL_FORMS =
      Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG");

  /** Lower-case words allowed inside a name when a capitalised word follows. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "the", "de", "on");

  /** Whether tokens {@code [from, to)} are one place the gazetteer knows. */
  interface PlaceTest {
    boolean test(Tokens tokens, int from, int to);
  }

  private final Set<String> suffixes;

  private final PlaceTest placeAt;
  private final TitleMatcher titles;

  private OrganisationRules(Set<String> suffixes, PlaceTest placeAt, TitleMatcher titles) {
    this.suffixes = suffixes;
    this.placeAt = placeAt;
    this.titles = titles;
  }

  /**
   * The rules, with runs cut after a place the gazetteer knows and "and", and an organisation word
   * heading the "of" after it unless a title follows ("Liberal Party of Canada").
   */
  static OrganisationRules load(PlaceGazetteer gazetteer, TitleMatcher titles) {
    return new OrganisationRules(
        new HashSet<>(WordLists.lines("org-suffixes.txt")), gazetteer::isPlace, titles);
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
      int and = span == null ? -1 : andAfterLegalForm(tokens, span);
      if (and > 0) {
        // "JPMorgan Chase & Co and Citigroup Inc": a legal form closes the first company
        spans.add(new int[] {span[0], and});
        spans.add(new int[] {and + 1, span[1]});
      } else if (span != null) {
        spans.add(span);
      }
      i = end;
    }
    return spans;
  }

  /**
   * "International Security Assistance Force ( ISAF )": the token of an acronym in brackets right
   * after an organisation's name at {@code [from, to)} whose initials it spells, or -1.
   */
  static int bracketedAcronym(Tokens tokens, int from, int to) {
    if (to + 2 >= tokens.size()
        || !tokens.word(to).equals("(")
        || !tokens.word(to + 2).equals(")")) {
      return -1;
    }
    String acronym = tokens.word(to + 1).replace(".", "");
    if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
      return -1;
    }
    StringBuilder initials = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (tokens.isCapitalised(i)) {
        initials.append(tokens.word(i).charAt(0));
      }
    }
    // Loose on purpose: "Food and Agriculture Organization (FAO)" spells with a small word's
    // initial, "Millennium Challenge Corporation (MCC)" without one.
    return initials.charAt(0) == acronym.charAt(0)
            && initials.charAt(initials.length() - 1) == acronym.charAt(acronym.length() - 1)
        ? to + 1
        : -1;
  }

  /** "NATO-led", "U.S.-backed": a name joined by a hyphen to a lower-case word. */
  static boolean isCompoundModifier(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /**
   * "Colombian and Organization of American States officials": a place or nationality joined by
   * "and" to the rest of the run is no part of the organisation's name.
   */
  private int afterCoordinatedPlace(Tokens tokens, int from, int end) {
    for (int k = from + 1; k < end - 1; k++) {
      if (tokens.word(k).equals("and")) {
        return placeAt.test(tokens, from, k) ? k + 1 : from;
      }
    }
    return from;
  }

  /**
   * "von der Leyen and European Council President ...": a run opening with a surname after its
   * particles starts the organisation after the "and".
   */
  private static int afterCoordinatedSurname(Tokens tokens, int from, int end) {
    if (from == 0 || !PersonSpans.isParticle(tokens.word(from - 1))) {
      return from;
    }
    for (int k = from + 1; k < end - 1; k++) {
      if (tokens.word(k).equals("and")) {
        return k + 1;
      }
    }
    return from;
  }

  /** "Fatah Movement of Palestinian President ...": a title after "of" starts a person. */
  private boolean holdsTitle(Tokens tokens, int from, int to) {
    List<String> words = java.util.Arrays.asList(tokens.words);
    for (int k = from; k < to; k++) {
      if (titles.titleLength(words, k) > 0) {
        return true;
      }
    }
    return false;
  }

  private int runEnd(Tokens tokens, int start) {
    int i = start + 1;
    while (i < tokens.size()) {
      if (tokens.isCapitalised(i)) {
        i++;
      } else if (CONNECTORS.contains(tokens.word(i))
          && tokens.isCapitalised(i + 1)
          && !NameCues.TIME_WORDS.contains(tokens.word(i + 1))) { // "the Commission on Monday"
        i += 2;
      } else if (joinsOfThe(tokens, i)) {
        i += 3;
      } else {
        break;
      }
    }
    return i;
  }

  /** The "and" inside {@code span} right after a company's legal form ("& Co and"), or -1. */
  private static int andAfterLegalForm(Tokens tokens, int[] span) {
    for (int k = span[0] + 1; k < span[1] - 1; k++) {
      if (tokens.word(k).equals("and") && LEGAL_FORMS.contains(tokens.word(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "International Committee of the Red Cross": an organisation word, "of the" and a name that is
   * no organisation of its own ("Specialist Group of the British Computer Society" is two).
   */
  private boolean joinsOfThe(Tokens tokens, int of) {
    if (!tokens.word(of).equals("of")
        || !suffixes.contains(tokens.word(of - 1))
        || of + 2 >= tokens.size()
        || !tokens.word(of + 1).equals("the")) {
      return false;
    }
    int k = of + 2;
    while (k < tokens.size() && tokens.isCapitalised(k)) {
      if (suffixes.contains(tokens.word(k))) {
        return false;
      }
      k++;
    }
    return k > of + 2;
  }

  private int[] organisationWithin(Tokens tokens, int start, int end) {
    int from = start;
    if (tokens.word(from).equals("The") && end - from > 2) {
      from++; // "The Labour Party" is named "Labour Party"
    }
    while (from < end - 1 && isCompoundModifier(tokens.word(from))) {
      from++; // "the NATO-led Stabilization Force": "NATO-led" only describes it
    }
    from = afterCoordinatedPlace(tokens, from, end);
    from = afterCoordinatedSurname(tokens, from, end);
    for (int last = end - 1; last > from; last--) {
      if (suffixes.contains(tokens.word(last))) {
        // "Liberal Party of Canada", "Centers for Disease Control": the organisation word heads
        // what follows "of" or "for" too
        boolean headsOf =
            last + 2 < end && heads(tokens, last + 1, end) && !holdsTitle(tokens, last, end);
        int to = headsOf ? withoutTimeWords(tokens, last + 2, end) : last + 1;
        // "the West Bank": a place the gazetteer knows is left to the places
        return placeAt.test(tokens, from, to) ? null : new int[] {from, to};
      }
    }
    if (end - from >= 3 && suffixes.contains(tokens.word(from)) && heads(tokens, from + 1, end)) {
      return new int[] {from, withoutTimeWords(tokens, from + 2, end)};
    }
    return null;
  }

  /** "the Center on Racism and Xenophobia Monday": a day or month closing the run is no part. */
  private static int withoutTimeWords(Tokens tokens, int min, int end) {
    while (end > min + 1 && NameCues.TIME_WORDS.contains(tokens.word(end - 1))) {
      end--;
    }
    return end;
  }

  private boolean heads(Tokens tokens, int link, int end) {
    return HEADED.contains(tokens.word(link))
        && !(tokens.word(link).equals("on")
            && (NameCues.TIME_WORDS.contains(tokens.word(link + 1))
                || placeAt.test(tokens, link + 1, end)));
  }
}
