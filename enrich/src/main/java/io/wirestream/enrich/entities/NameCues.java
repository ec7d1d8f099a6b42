package io.wirestream.enrich.entities;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names whose kind the common noun before them states ({@code name-cues.tsv}): "the spokeswoman Ana
 * Ruiz", "A spokesman , Ivo Lund , said", "the head of Ruritania 's Energy Agency , Ivo Lund ," are
 * people; "the newspaper La Nacion", "the militant group Hizbul Mujahedin" are organisations. News
 * copy introduces unfamiliar names this way, which is where the name finder errs most. Immutable.
 */
final class NameCues {

  static final String FILE = "name-cues.tsv";

  /**
   * Kinds of lines of {@link #FILE} whose word, with one of these link words after it, stands
   * before an organisation's name: "analysts at Morgan Stanley" (WORKPLACE), "shares in Rosneft",
   * "a stake in Hitachi" (HOLDING).
   */
  private static final Map<String, Set<String>> LINKED_KINDS =
      Map.of("WORKPLACE", Set.of("at"), "HOLDING", Set.of("in", "of"));

  /** The longest person and organisation names read after a cue. */
  private static final int MAX_PERSON_TOKENS = 4;

  private static final int MAX_ORGANISATION_TOKENS = 5;

  /** How far back from an appositive's comma the role noun of "the head of ... ," is looked for. */
  private static final int MAX_OWNER_TOKENS = 8;

  /** The kind of the lines of {@link #FILE} that list {@link #employerRoles}. */
  private static final String EMPLOYER = "EMPLOYER";

  /** The kind of the lines of {@link #FILE} that list {@link #teamRoles}. */
  private static final String TEAM = "TEAM";

  /** The link words of {@link #LINKED_KINDS}. */
  private static final Set<String> LINK_WORDS =
      LINKED_KINDS.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  /** Words that join a role to what it is held in ("head of", "spokesman for", "editor at"). */
  private static final Set<String> ROLE_LINKS = Set.of("of", "for", "at");

  /** Lower-case words an organisation's name holds ("Law and Justice", "Bank of the South"). */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "the", "de");

  /** Tokens that close an appositive name ("A spokesman , Ivo Lund , said", "... Lund of"). */
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ")", "of");

  /** Articles that open an appositive after a name ("Ivo Lund , a lawyer , said"). */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Words that end an appositive's noun phrase: its head noun stands before them. */
  private static final Set<String> PHRASE_ENDS =
      Set.of(
          ",", ".", ";", "who", "whose", "which", "that", "of", "for", "at", "in", "and", "with",
          "to");

  /** The longest appositive phrase read after a name ("an award-winning Internet journalist"). */
  private static final int MAX_APPOSITIVE_TOKENS = 5;

  /** "the newspaper Thursday": weekdays and months are no names. */
  static final Set<String> TIME_WORDS = timeWords();

  private final Map<String, String> cues;

  /**
   * Words whose link word ({@link #LINKED_KINDS}) after them leads to an organisation's name, with
   * those link words: "analysts" with "at", "shares" with "in" and "of".
   */
  private final Map<String, Set<String>> linkedCues;

  /**
   * Roles held in an organisation, each as its words, that stand between the organisation's name
   * and the holder's: "OpenAI chief executive Sam Altman", "Tesla boss Elon Musk".
   */
  private final List<List<String>> employerRoles;

  /**
   * Roles in a sports team, which stand between the team's name and the holder's: "Liverpool
   * manager Arne Slot", "Madrid goalkeeper Thibaut Courtois".
   */
  private final Set<String> teamRoles;

  private final TitleMatcher titles;
  private final OrganisationRules organisations;
  private final OrganisationNames organisationNames;
  private final PlaceGazetteer gazetteer;

  NameCues(
      Map<String, String> cues,
      Map<String, Set<String>> linkedCues,
      List<List<String>> employerRoles,
      Set<String> teamRoles,
      TitleMatcher titles,
      OrganisationRules organisations,
      OrganisationNames organisationNames,
      PlaceGazetteer gazetteer) {
    this.cues = Map.copyOf(cues);
    this.linkedCues = Map.copyOf(linkedCues);
    this.employerRoles = List.copyOf(employerRoles);
    this.teamRoles = Set.copyOf(teamRoles);
    this.titles = titles;
    this.organisations = organisations;
    this.organisationNames = organisationNames;
    this.gazetteer = gazetteer;
  }

  static NameCues load(
      TitleMatcher titles,
      OrganisationRules organisations,
      OrganisationNames organisationNames,
      PlaceGazetteer gazetteer) {
    Map<String, String> cues = new HashMap<>();
    Map<String, Set<String>> linkedCues = new HashMap<>();
    List<List<String>> employerRoles = new ArrayList<>();
    Set<String> teamRoles = new HashSet<>();
    for (String line : WordLists.lines(FILE)) {
      String[] f = line.split("\t");
      String kind = f[0].strip();
      String word = f[1].strip();
      if (kind.equals(EMPLOYER)) {
        employerRoles.add(List.of(word.split(" ")));
      } else if (kind.equals(TEAM)) {
        teamRoles.add(word);
      } else if (LINKED_KINDS.containsKey(kind)) {
        linkedCues.put(word, LINKED_KINDS.get(kind));
      } else {
        cues.put(word, NameTypes.fromLabel(kind));
      }
    }
    return new NameCues(
        cues,
        linkedCues,
        employerRoles,
        teamRoles,
        titles,
        organisations,
        organisationNames,
        gazetteer);
  }

  /**
   * A cheap first test: a cue word, a link word (after "the" too) or a comma before token {@code
   * i}.
   */
  boolean mayFollowCue(Tokens tokens, int i) {
    String before = tokens.word(i - 1);
    return Character.isLowerCase(before.charAt(0))
        ? cues.containsKey(before) || linkIndex(tokens, i) > 0
        : before.equals(",");
  }

  /** The index of the link word before token {@code i} ("at", or "at the"), or -1. */
  private static int linkIndex(Tokens tokens, int i) {
    int link = i >= 2 && tokens.word(i - 1).equals("the") ? i - 2 : i - 1;
    return link >= 1 && LINK_WORDS.contains(tokens.word(link)) ? link : -1;
  }

  /**
   * "analysts at Morgan Stanley", "researchers at the Mayo Clinic", "shares in Rosneft": the name a
   * linked cue leads to is an organisation; null when none stands before it.
   */
  private String linkedCue(Tokens tokens, int from) {
    int link = linkIndex(tokens, from);
    if (link < 0) {
      return null;
    }
    Set<String> links = linkedCues.get(tokens.word(link - 1).toLowerCase(Locale.ROOT));
    return links != null && links.contains(tokens.word(link)) ? NameTypes.ORGANISATION : null;
  }

  /**
   * The cued name that starts at token {@code from}: its span, widened to {@code modelTo} when the
   * name finder found a name starting there (or -1), with the type its cue gives; null when no cue
   * stands before it or the words there are no name of that type.
   */
  NameModel.Found find(Tokens tokens, int from, int modelTo) {
    if (from == 0 || !tokens.isCapitalised(from)) {
      return null;
    }
    String type = cues.get(tokens.word(from - 1));
    if (type == null) {
      type = linkedCue(tokens, from);
    }
    boolean appositive = false;
    if (type == null && tokens.word(from - 1).equals(",")) {
      type = appositiveCue(tokens, from - 1);
      appositive = type != null;
    }
    if (type == null
        || TIME_WORDS.contains(tokens.word(from))
        || titles.titleLength(Arrays.asList(tokens.words), from) > 0) {
      return null;
    }
    boolean person = type.equals(NameTypes.PERSON);
    int to = modelTo > from ? modelTo : runEnd(tokens, from, person);
    if (person) {
      int run = runEnd(tokens, from, true);
      // "champion Ana Ruiz of Spain"; "captain Mitchell Santner", which the name finder split
      to = run - from <= MAX_PERSON_TOKENS ? run : Math.min(to, run);
      PlaceGazetteer.Match lead = gazetteer.longestMatch(tokens, from);
      if (lead != null && to - lead.to() >= 2) {
        from = lead.to(); // "correspondent , American Ivo Lund ,": the demonym is a place
      }
    }
    boolean closed = to == tokens.size() || CLOSERS.contains(tokens.word(to));
    if (to - from > (person ? MAX_PERSON_TOKENS : MAX_ORGANISATION_TOKENS)
        || appositive && !closed
        || gazetteer.isPlace(tokens, from, to) // "the newspaper Poland was ...": left to places
        || person && !personShape(tokens, from, to)) {
      return null;
    }
    return new NameModel.Found(from, to, type);
  }

  /**
   * True when a role held in an organisation ({@link #employerRoles}) starts at token {@code k} and
   * a capitalised name follows it, as in "OpenAI chief executive Sam Altman".
   */
  boolean opensEmployerRole(Tokens tokens, int k) {
    for (List<String> role : employerRoles) {
      int holder = k + role.size();
      if (holder < tokens.size() && tokens.isCapitalised(holder) && matches(tokens, k, role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a role in a sports team ({@link #teamRoles}) is token {@code k} and a capitalised
   * name follows it, as in "Liverpool manager Arne Slot".
   */
  boolean opensTeamRole(Tokens tokens, int k) {
    return k + 1 < tokens.size()
        && teamRoles.contains(tokens.word(k))
        && tokens.isCapitalised(k + 1);
  }

  private static boolean matches(Tokens tokens, int from, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.word(from + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name finder's {@code name} retyped by the appositive after it, when its head noun is a cue
   * of another type or a person's title: "Ivo Lund , an Internet journalist who ...", "Zentrix , a
   * carmaker based in ...", "Ivo Lund , the president of ..."; null otherwise.
   */
  NameModel.Found retypedByAppositive(Tokens tokens, NameModel.Found name) {
    int end = name.to();
    if (end + 2 >= tokens.size()
        || !tokens.word(end).equals(",")
        || !ARTICLES.contains(tokens.word(end + 1))) {
      return null;
    }
    int head = -1; // the word before the phrase's end, which must come soon
    for (int k = end + 3; k < tokens.size() && k <= end + 2 + MAX_APPOSITIVE_TOKENS; k++) {
      if (PHRASE_ENDS.contains(tokens.word(k))) {
        head = k - 1;
        break;
      }
    }
    if (head < 0) {
      return null; // "Central America , the average income figure masks ...": a new clause
    }
    String type = cues.get(tokens.word(head));
    if (type == null
        && !tokens.isCapitalised(head)
        && titles.withinTitle(Arrays.asList(tokens.words), head, head + 1)) {
      type = NameTypes.PERSON; // "the president ,", "the foreign minister of"
    }
    boolean person = NameTypes.PERSON.equals(type);
    if (type == null
        || type.equals(name.type())
        || gazetteer.isPlace(tokens, name.from(), name.to())
        || person && !personShape(tokens, name.from(), name.to())) {
      return null;
    }
    return new NameModel.Found(name.from(), name.to(), type);
  }

  /**
   * The type an appositive gives the name after the comma at {@code comma}: "the spokesman , Ivo
   * Lund ,", "the company , Zentrix ,". A role held in something comes first: "the head of
   * Ruritania 's Energy Agency , Ivo Lund ,", "a spokeswoman for the group , Ivo Lund ,".
   */
  private String appositiveCue(Tokens tokens, int comma) {
    List<String> words = Arrays.asList(tokens.words);
    String direct = comma == 0 ? null : cues.get(tokens.word(comma - 1));
    for (int k = comma - 1; k > 0 && k >= comma - MAX_OWNER_TOKENS; k--) {
      String word = tokens.word(k);
      if (word.equals(",") || tokens.sentenceStarts[k]) {
        break;
      }
      if (ROLE_LINKS.contains(word)
          && k < comma - 1
          && (NameTypes.PERSON.equals(cues.get(tokens.word(k - 1)))
              || titles.withinTitle(words, k - 1, k))) {
        // "the head of the state company , Naftogaz ," may name either: the name finder decides
        return NameTypes.ORGANISATION.equals(direct) ? null : NameTypes.PERSON;
      }
    }
    return direct;
  }

  /**
   * The end of the capitalised words from {@code from}, with a name's particles or connectors,
   * before any day or month.
   */
  private static int runEnd(Tokens tokens, int from, boolean person) {
    int to = from + 1;
    while (to < tokens.size()) {
      if (TIME_WORDS.contains(tokens.word(to))) {
        break; // "spokeswoman Dana Perino Tuesday"
      } else if (tokens.isCapitalised(to)
          || person && PersonSpans.isHyphenatedName(tokens.word(to))) {
        to++;
      } else if (person
          ? PersonSpans.opensSurname(tokens, to, tokens.size())
          : CONNECTORS.contains(tokens.word(to)) && tokens.isCapitalised(to + 1)) {
        to += 2;
      } else {
        break;
      }
    }
    return to;
  }

  /** No organisation word or known organisation's name: "the deputy Cabinet ministers" is none. */
  private boolean personShape(Tokens tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (organisations.isSuffix(tokens.word(i)) || organisationNames.matchEnd(tokens, i) > i) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> timeWords() {
    Set<String> words = new HashSet<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    for (Month month : Month.values()) {
      words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    return Set.copyOf(words);
  }
}
