package io.wirestream.enrich.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads people out of the spans the name finder proposes: a title before or inside a span ("Dr.
 * Besigye", "General Than Shwe", "Georgia Governor Brian Kemp"), a span that opens with a given
 * name ("Angela Quillon"), and the surname particles the name finder leaves out ("da Silva").
 */
final class PersonSpans {

  /** Titles that only ever stand before a person's name. */
  private static final Set<String> COURTESY_TITLES =
      Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr");

  /** Lower-case particles that open a surname ("da Silva", "bin Laden", "van Gogh"). */
  private static final Set<String> SURNAME_PARTICLES =
      Set.of(
          "al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la",
          "le", "van", "von");

  /** The longest title before a name that is looked for ("Brigadier General", "Prime Minister"). */
  private static final int MAX_TITLE_TOKENS = 3;

  /** The longest name read as a person by its given name alone ("Ellen Johnson Sirleaf"). */
  private static final int MAX_FULL_NAME_TOKENS = 3;

  private final TitleMatcher titles;
  private final OrganisationRules organisations;
  private final PlaceGazetteer gazetteer;
  private final GivenNames givenNames;

  PersonSpans(
      TitleMatcher titles,
      OrganisationRules organisations,
      PlaceGazetteer gazetteer,
      GivenNames givenNames) {
    this.titles = titles;
    this.organisations = organisations;
    this.gazetteer = gazetteer;
    this.givenNames = givenNames;
  }

  /**
   * "Dr. Besigye": one or two words after a person's title, or a title and a full name inside the
   * span ("General Than Shwe", "Rep. Gerry Connolly of Virginia", whose place is left to the
   * places), with no organisation word, are a person.
   */
  NameModel.Found titledPerson(Tokens tokens, NameModel.Found name) {
    if (containsSuffix(tokens, name.from(), name.to())) {
      return name;
    }
    List<String> words = Arrays.asList(tokens.words);
    int lead = titles.leadingTitles(words, name.from(), name.to());
    int end = name.to();
    for (int k = name.from() + lead; k + 1 < name.to(); k++) {
      if (tokens.word(k).equals("of") && gazetteer.isPlace(tokens, k + 1, name.to())) {
        end = k;
      }
    }
    int rest = end - name.from() - lead;
    if (lead > 0
        && rest >= 2
        && rest <= MAX_TITLE_TOKENS
        && allCapitalised(tokens, new NameModel.Found(name.from(), end, name.type()))) {
      // "General Than Shwe", "President-elect Felipe Calderon": a title and a full name
      return new NameModel.Found(name.from() + lead, end, NameTypes.PERSON);
    }
    if (name.to() - name.from() > 2) {
      return name;
    }
    for (int start = name.from() - 1;
        start >= 0 && start >= name.from() - MAX_TITLE_TOKENS;
        start--) {
      if (titles.titleLength(words, start) == name.from() - start) {
        return new NameModel.Found(name.from(), name.to(), NameTypes.PERSON);
      }
    }
    return name;
  }

  /**
   * "Britain 's Prince William", "Iran 's President Ahmadinejad": a title and one or two names
   * right after a possessive are a person, whatever the name finder read (after an owner it tends
   * to give the next name the owner's kind), unless the gazetteer knows the whole as a place.
   */
  NameModel.Found titledAfterPossessive(Tokens tokens, NameModel.Found name) {
    if (name.type().equals(NameTypes.PERSON)
        || name.from() == 0
        || !NameSpans.isPossessive(tokens.word(name.from() - 1))
        || !allCapitalised(tokens, name)
        || containsSuffix(tokens, name.from(), name.to())) {
      return name;
    }
    int lead = titles.leadingTitles(Arrays.asList(tokens.words), name.from(), name.to());
    int rest = name.to() - name.from() - lead;
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, name.from());
    return lead > 0 && rest >= 1 && rest <= 2 && (place == null || place.to() < name.to())
        ? new NameModel.Found(name.from(), name.to(), NameTypes.PERSON)
        : name;
  }

  /**
   * "Mr. Maliki": one or two words after a title that only ever stands before a person's name are a
   * person, though the name finder read a place (the labelled corpora often split "Mr." off as the
   * person and label the surname a place).
   */
  NameModel.Found afterCourtesyTitle(Tokens tokens, NameModel.Found name) {
    boolean titled = name.from() > 0 && COURTESY_TITLES.contains(tokens.word(name.from() - 1));
    return titled && name.to() - name.from() <= 2 && allCapitalised(tokens, name)
        ? new NameModel.Found(name.from(), name.to(), NameTypes.PERSON)
        : name;
  }

  /**
   * "Angela Quillon", "James Kakooza": two or three capitalised words that open with a given name
   * and hold no organisation word are a person, whatever the name finder read, unless the gazetteer
   * knows the whole as a place ("San Jose" is no person, "Florence Aubenas" is).
   */
  NameModel.Found namedPerson(Tokens tokens, NameModel.Found name) {
    int length = name.to() - name.from();
    if (name.type().equals(NameTypes.PERSON)
        || length < 2
        || length > MAX_FULL_NAME_TOKENS
        || !givenNames.contains(tokens.word(name.from()))
        || !allCapitalised(tokens, name)
        || containsSuffix(tokens, name.from(), name.to())) {
      return name;
    }
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, name.from());
    if (place != null && place.to() >= name.to()) {
      return name;
    }
    return new NameModel.Found(name.from(), name.to(), NameTypes.PERSON);
  }

  /**
   * "Italian Ana Ruiz", "Egyptian Ambassador Ihab Kamel": a span that opens with a nationality and
   * goes on with a person's given name or title is the nationality's place and the person (without
   * the title); any other span is returned alone ("American Red Cross").
   */
  List<NameModel.Found> splitLeadingNationality(Tokens tokens, NameModel.Found name) {
    if (name.to() - name.from() < 3) {
      return List.of(name); // a nationality and a full name or a title and a name at least
    }
    PlaceGazetteer.Match lead = gazetteer.longestMatch(tokens, name.from());
    if (lead == null || lead.to() >= name.to() - 1 || !isDemonym(lead)) {
      return List.of(name);
    }
    int title = titles.leadingTitles(Arrays.asList(tokens.words), lead.to(), name.to());
    int from = lead.to() + title;
    NameModel.Found rest = new NameModel.Found(from, name.to(), NameTypes.PERSON);
    boolean person =
        (title > 0
                || givenNames.contains(tokens.word(from))
                    && name.to() - from >= 2
                    && !isPlace(tokens, from, name.to()))
            && name.to() - from <= MAX_FULL_NAME_TOKENS
            && allCapitalised(tokens, rest)
            && !containsSuffix(tokens, from, name.to());
    return person
        ? List.of(new NameModel.Found(name.from(), lead.to(), NameTypes.PLACE), rest)
        : List.of(name);
  }

  /** Whether the gazetteer reads the match as a nationality ("Italian", "Egyptian"). */
  private static boolean isDemonym(PlaceGazetteer.Match match) {
    for (PlaceGazetteer.Reading reading : match.readings()) {
      if (reading.demonym()) {
        return true;
      }
    }
    return false;
  }

  /** Every word capitalised, but a hyphenated particle after the first ("Ihab al-Sherif"). */
  private static boolean allCapitalised(Tokens tokens, NameModel.Found name) {
    for (int i = name.from(); i < name.to(); i++) {
      if (!tokens.isCapitalised(i) && !(i > name.from() && isHyphenatedName(tokens.word(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Georgia Governor Brian Kemp", "Microsoft CEO Satya Nadella": a model name with a title inside
   * is the name before the title (left to the gazetteer when it is a place) and a person after it.
   */
  List<NameModel.Found> splitAtTitles(Tokens tokens, NameModel.Found name) {
    if (name.type().equals(NameTypes.PLACE)) {
      return List.of(name);
    }
    List<String> words = Arrays.asList(tokens.words);
    for (int k = name.from() + 1; k < name.to() - 1; k++) {
      int title = titles.titleLength(words, k);
      if (title > 0 && k + title < name.to() && !containsSuffix(tokens, k + title, name.to())) {
        return List.of(
            new NameModel.Found(name.from(), k, NameTypes.ORGANISATION),
            new NameModel.Found(k + title, name.to(), NameTypes.PERSON));
      }
    }
    return List.of(name);
  }

  /**
   * "Air Force Brigadier General", "Lieutenant General": a title closing an organisation span is
   * the start of a person's name the span lost, not part of the organisation; a span of titles
   * alone is returned empty.
   */
  NameModel.Found withoutTrailingTitle(Tokens tokens, NameModel.Found span) {
    if (!tokens.isCapitalised(span.to())) {
      return span;
    }
    List<String> words = Arrays.asList(tokens.words);
    for (int k = span.from(); k < span.to(); k++) {
      int title = titles.titleLength(words, k);
      // "International Court of Justice": a title after a connector names the organisation's field
      boolean afterConnector = k > span.from() && Character.isLowerCase(words.get(k - 1).charAt(0));
      if (title > 0 && k + title == span.to() && !afterConnector) {
        return new NameModel.Found(span.from(), k, span.type());
      }
    }
    return span;
  }

  /**
   * "Dr Sue Black of the University of Westminster": the organisation is what follows the person.
   */
  NameModel.Found afterTitledName(Tokens tokens, NameModel.Found span) {
    if (span.from() == span.to()
        || titles.titleLength(Arrays.asList(tokens.words), span.from()) == 0) {
      return span;
    }
    for (int i = span.from() + 1; i < span.to() - 1; i++) {
      if (tokens.word(i).equals("of") || tokens.word(i).equals("at")) {
        int from = tokens.word(i + 1).equals("the") ? i + 2 : i + 1;
        return new NameModel.Found(Math.min(from, span.to()), span.to(), span.type());
      }
    }
    return span;
  }

  /**
   * "Mr. da Silva", "bin Laden", "Ihab al-Sherif": the surname particles the name finder was not
   * asked about, before the name or hyphenated to the surname after it.
   */
  static NameModel.Found withParticles(Tokens tokens, NameModel.Found name) {
    int from = name.from();
    while (from > 0
        && name.from() - from < 2
        && SURNAME_PARTICLES.contains(particle(tokens, from - 1))) {
      from--; // "Von der Leyen said": a particle opening a sentence is capitalised
    }
    int to = name.to();
    while (to < tokens.size() && isHyphenatedName(tokens.word(to))) {
      to++;
    }
    return from == name.from() && to == name.to()
        ? name
        : new NameModel.Found(from, to, name.type());
  }

  /**
   * The capitalised word after one or two lower-case particles at {@code from} ("von der Leyen"),
   * or -1.
   */
  static int surnameAfterParticles(Tokens tokens, int from) {
    return surnameAfterParticles(tokens, from, tokens.size());
  }

  /** As {@link #surnameAfterParticles(Tokens, int)}, with the surname before token {@code to}. */
  private static int surnameAfterParticles(Tokens tokens, int from, int to) {
    int k = from;
    while (k < to && k - from <= 1 && SURNAME_PARTICLES.contains(particle(tokens, k))) {
      k++;
    }
    return k > from && k < to && tokens.isCapitalised(k) ? k : -1;
  }

  /** Whether a title ends at token {@code k} ("President", "Prime Minister"). */
  boolean endsTitle(Tokens tokens, int k) {
    return titles.titleEndingAt(Arrays.asList(tokens.words), k + 1) >= 0;
  }

  /** Token {@code k} as a particle would be written, in lower case at a sentence's start. */
  private static String particle(Tokens tokens, int k) {
    String word = tokens.word(k);
    return tokens.sentenceStarts[k] ? word.toLowerCase(Locale.ROOT) : word;
  }

  /** "al-Sherif", "el-Sisi": a lower-case particle hyphenated to a capitalised name. */
  static boolean isHyphenatedName(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && Character.isLowerCase(word.charAt(0))
        && Character.isUpperCase(word.charAt(hyphen + 1));
  }

  private boolean isPlace(Tokens tokens, int from, int to) {
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, from);
    return place != null && place.to() >= to;
  }

  /** True for a lower-case particle inside a name ("da", "bin", "van"). */
  static boolean isParticle(String word) {
    return SURNAME_PARTICLES.contains(word);
  }

  /**
   * "da Silva", "von der Leyen", "Von der Leyen said": particles that the next, capitalised word of
   * the name follows.
   */
  static boolean opensSurname(Tokens tokens, int i, int to) {
    return surnameAfterParticles(tokens, i, to) >= 0;
  }

  /**
   * "Bill Gates said ...": a person's name the name finder read, opening with a given name that is
   * also an ordinary word and a capitalised word after it.
   */
  boolean opensWithGivenName(Tokens tokens, NameModel.Found name) {
    return name.type().equals(NameTypes.PERSON)
        && name.to() - name.from() >= 2
        && givenNames.contains(tokens.word(name.from()))
        && tokens.isCapitalised(name.from() + 1);
  }

  /** "U.N. General Assembly" is no title and name: its tail holds an organisation word. */
  private boolean containsSuffix(Tokens tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (organisations.isSuffix(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }
}
