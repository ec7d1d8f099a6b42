package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Trims and splits the spans that the name finder and the organisation rules propose, so that a
 * mention is the name alone: no ordinary words before it ("Shares of Acme Inc."), no title or
 * person inside an organisation ("Georgia Governor Brian Kemp", "Dr Sue Black of the University of
 * Westminster"), no lone capitalised word opening a sentence ("Storms hit ...").
 */
final class NameSpans {

  /** Lower-case words that may stand inside an organisation's name ("Bank of England"). */
  private static final Set<String> NAME_CONNECTORS =
      Set.of("of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "on", "in", "al");

  /** Articles, which open sentences but no names ("The Fund"). */
  static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** Words that join the parts of a name and so never end one. */
  private static final Set<String> TRAILING_WORDS = Set.of("of", "for", "and", "&", "the", ",");

  /** A number with a decimal point (or comma): "1.8", "3,5". */
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

  /** A score or result: "6-2", "3–1". */
  private static final Pattern SCORE = Pattern.compile("\\d+[-\u2013]\\d+");

  /** Words after a number that make it an amount. */
  private static final Set<String> MAGNITUDES =
      Set.of("million", "billion", "trillion", "percent", "per", "%", "m", "bn");

  /** Free-standing dashes and commas separate names ("California — Apple", "Agency , Ann Lee"). */
  private static final Set<String> SEPARATORS = Set.of("-", "--", "\u2013", "\u2014", ",");

  /**
   * Double quotation marks, which open or close a quoted title beside a name but sit inside a
   * nickname ("Danny \" D.J. \" Rodriguez"); a single one may be an apostrophe inside a name
   * ("Workers ' Party").
   */
  private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

  private final PlaceResolver resolver;
  private final OrganisationRules organisations;
  private final OrganisationNames organisationNames;
  private final PlaceGazetteer gazetteer;
  private final PersonSpans persons;

  NameSpans(
      PlaceResolver resolver,
      TitleMatcher titles,
      OrganisationRules organisations,
      OrganisationNames organisationNames,
      PlaceGazetteer gazetteer,
      GivenNames givenNames) {
    this.resolver = resolver;
    this.organisationNames = organisationNames;
    this.organisations = organisations;
    this.gazetteer = gazetteer;
    this.persons = new PersonSpans(titles, organisations, gazetteer, givenNames);
  }

  /**
   * The name finder's spans made into names: places or known organisations joined by "and" split
   * ("India and Pakistan"), split at a possessive ("Kyrgyzstan 's Justice Ministry" is a place and
   * an organisation), organisations split at ordinary lower-case words ("Islamic militant group
   * Hamas"), and a short organisation right after a person's title ("Dr. Besigye", "President
   * Musharraf") read as the person it is.
   */
  List<NameModel.Found> refine(Tokens tokens, List<NameModel.Found> names) {
    List<NameModel.Found> refined = new ArrayList<>(names.size());
    for (NameModel.Found whole : names) {
      for (NameModel.Found piece : splitAtSeparators(tokens, whole)) {
        NameModel.Found name = trimmed(tokens, piece);
        if (name.from() == name.to()) {
          continue;
        }
        for (NameModel.Found part : persons.splitLeadingNationality(tokens, name)) {
          refineInto(refined, tokens, part);
        }
      }
    }
    retypePersonsOwners(tokens, refined);
    joinSurnamesWithParticles(tokens, refined);
    withFirstNames(tokens, refined);
    return refined;
  }

  /**
   * "Kenya 's Ruth Chepngetich": a surname the name finder read alone takes the capitalised word
   * right before it as the first name, where that word is made of letters and is no title, day,
   * place, organisation word or ordinary word ("Whale Beach", "F-86 Sabre"), and no other name
   * holds it.
   */
  private void withFirstNames(Tokens tokens, List<NameModel.Found> names) {
    for (int i = 0; i < names.size(); i++) {
      NameModel.Found name = names.get(i);
      int first = name.from() - 1;
      if (name.type().equals(NameTypes.PERSON)
          && name.to() - name.from() == 1
          && first >= 0
          && tokens.isCapitalised(first)
          && (i == 0 || names.get(i - 1).to() <= first)
          && !resolver.isCommonWord(tokens.word(first))
          && tokens.word(first).chars().allMatch(Character::isLetter)
          && !NameCues.TIME_WORDS.contains(tokens.word(first))
          && !organisations.isSuffix(tokens.word(first))
          && !persons.endsTitle(tokens, first)
          && gazetteer.longestMatch(tokens, first) == null
          && gazetteer.longestMatch(tokens, name.from()) == null // "South Yemen"
          && !organisations.isSuffix(tokens.word(name.from()))) { // "Convention Hall"
        names.set(i, new NameModel.Found(first, name.to(), NameTypes.PERSON));
      }
    }
  }

  /**
   * "Ursula von der Leyen": a person's name goes on over particles to the capitalised surname after
   * them, which the name finder, reading the lower-case particles, leaves out or reads apart.
   */
  private static void joinSurnamesWithParticles(Tokens tokens, List<NameModel.Found> names) {
    for (int i = names.size() - 1; i >= 0; i--) {
      NameModel.Found person = names.get(i);
      int surname = PersonSpans.surnameAfterParticles(tokens, person.to());
      if (!person.type().equals(NameTypes.PERSON) || surname < 0) {
        continue;
      }
      NameModel.Found next = i + 1 < names.size() ? names.get(i + 1) : null;
      if (next == null || next.from() > surname) {
        names.set(i, new NameModel.Found(person.from(), surname + 1, NameTypes.PERSON));
      } else if (next.type().equals(NameTypes.PERSON) && next.from() >= person.to()) {
        names.set(i, new NameModel.Found(person.from(), next.to(), NameTypes.PERSON));
        names.remove(i + 1);
      }
    }
  }

  /**
   * "Ferrari 's Carlos Sainz", "Red Bull 's Max Verstappen": a name the gazetteer does not know as
   * a place, right before a possessive and a person, is the organisation the person is with.
   */
  private void retypePersonsOwners(Tokens tokens, List<NameModel.Found> names) {
    for (int i = 0; i + 1 < names.size(); i++) {
      NameModel.Found owner = names.get(i);
      NameModel.Found next = names.get(i + 1);
      if (owner.type().equals(NameTypes.PLACE)
          && next.type().equals(NameTypes.PERSON)
          && next.from() == owner.to() + 1
          && isPossessive(tokens.word(owner.to()))
          && !gazetteer.isPlace(tokens, owner.from(), owner.to())) {
        names.set(i, new NameModel.Found(owner.from(), owner.to(), NameTypes.ORGANISATION));
      }
    }
  }

  private void refineInto(List<NameModel.Found> refined, Tokens tokens, NameModel.Found whole) {
    for (NameModel.Found name : splitCoordinated(tokens, whole)) {
      if (name != whole) {
        refined.add(name);
      } else {
        refinePossessives(refined, tokens, name);
      }
    }
  }

  private void refinePossessives(
      List<NameModel.Found> refined, Tokens tokens, NameModel.Found name) {
    for (NameModel.Found part : splitAtPossessive(tokens, name)) {
      if (part.type().equals(NameTypes.ORGANISATION)) {
        for (NameModel.Found piece : splitAtOrdinaryWords(tokens, part)) {
          NameModel.Found cut = persons.withoutTrailingTitle(tokens, piece);
          if (cut.from() < cut.to()) {
            NameModel.Found titled = persons.titledAfterPossessive(tokens, cut);
            refined.add(persons.namedPerson(tokens, persons.titledPerson(tokens, titled)));
          }
        }
      } else if (part.type().equals(NameTypes.PLACE)) {
        for (NameModel.Found piece : placesBetweenOrdinaryWords(tokens, part)) {
          NameModel.Found titled = persons.titledAfterPossessive(tokens, piece);
          if (!gazetteer.isPlace(tokens, titled.from(), titled.to())) {
            titled = persons.titledPerson(tokens, titled); // "Rep. Alexandria Ocasio-Cortez"
          }
          refined.add(persons.namedPerson(tokens, persons.afterCourtesyTitle(tokens, titled)));
        }
      } else if (part.type().equals(NameTypes.PERSON)) {
        refined.add(PersonSpans.withParticles(tokens, part));
      } else {
        refined.add(part);
      }
    }
  }

  /**
   * "Quillon 's lawyer", "the mayor of Moscow of all people", "fined Apple 1.8 billion euros", "\"
   * The Daily Show \" comedian", "beat Jannik Sinner 6-2": a possessive ending, a connecting word,
   * an amount, a score or a quotation mark is never the end of a name, and a quotation mark never
   * its start; names that hold one keep it inside ("People 's Liberation Army", "Bank of England",
   * "Apollo 11").
   */
  private static NameModel.Found trimmed(Tokens tokens, NameModel.Found name) {
    int from = name.from();
    while (from < name.to() && QUOTES.contains(tokens.word(from))) {
      from++;
    }
    int to = name.to();
    while (to > from
        && (isPossessive(tokens.word(to - 1))
            || TRAILING_WORDS.contains(tokens.word(to - 1))
            || QUOTES.contains(tokens.word(to - 1))
            || isAmount(tokens, to - 1))) {
      to--;
    }
    return from == name.from() && to == name.to()
        ? name
        : new NameModel.Found(from, to, name.type());
  }

  /**
   * "1.8" in "1.8 billion", "40" in "40 percent", "6-2": a number with a decimal point, a score, or
   * a number that a word of magnitude or a per cent sign follows.
   */
  private static boolean isAmount(Tokens tokens, int k) {
    String word = tokens.word(k);
    if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
      return false;
    }
    if (DECIMAL.matcher(word).matches() || SCORE.matcher(word).matches()) {
      return true;
    }
    return k + 1 < tokens.size()
        && MAGNITUDES.contains(tokens.word(k + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * "California — Apple", "Atomic Energy Organization , Gholamreza Aghazadeh": a separator standing
   * alone between words separates names.
   */
  private static List<NameModel.Found> splitAtSeparators(Tokens tokens, NameModel.Found name) {
    List<NameModel.Found> parts = new ArrayList<>(1);
    int start = name.from();
    for (int k = name.from(); k <= name.to(); k++) {
      if (k == name.to() || SEPARATORS.contains(tokens.word(k))) {
        if (start < k) {
          parts.add(new NameModel.Found(start, k, name.type()));
        }
        start = k + 1;
      }
    }
    return parts;
  }

  /**
   * "Kyrgyzstan 's Justice Ministry": a place and its possessive open the span. Only a gazetteer
   * place is split off; "People 's Liberation Army" and "McDonald 's" stay whole.
   */
  private List<NameModel.Found> splitAtPossessive(Tokens tokens, NameModel.Found name) {
    PlaceGazetteer.Match owner = gazetteer.longestMatch(tokens, name.from());
    int k = owner == null ? -1 : owner.to();
    if (k > name.from() && k < name.to() - 1 && isPossessive(tokens.word(k))) {
      return List.of(
          new NameModel.Found(name.from(), k, NameTypes.PLACE),
          new NameModel.Found(k + 1, name.to(), name.type()));
    }
    int after = name.from() + 1;
    if (after < name.to() - 1
        && isPossessive(tokens.word(after))
        && isAcronym(tokens.word(name.from()))) {
      // "U.N. 's Food and Agriculture Organization": an acronym owner is an organisation
      return List.of(
          new NameModel.Found(name.from(), after, NameTypes.ORGANISATION),
          new NameModel.Found(after + 1, name.to(), name.type()));
    }
    return List.of(name);
  }

  /** "NATO", "U.N.": two or more capitals, with or without dots, and nothing else. */
  private static boolean isAcronym(String word) {
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (c != '.') {
        return false;
      }
    }
    return capitals >= 2;
  }

  /**
   * "India and Pakistan", "Hamas and Hezbollah", "the European Union and Britain": a name that
   * joins two or more gazetteer places or known organisations with "and" or commas is that many
   * names, unless the whole is one of its own ("Bosnia and Herzegovina").
   */
  private List<NameModel.Found> splitCoordinated(Tokens tokens, NameModel.Found name) {
    if (knownAt(tokens, name.from()).to() >= name.to()) {
      return List.of(name);
    }
    List<NameModel.Found> parts = new ArrayList<>(2);
    int from = name.from();
    while (from < name.to()) {
      NameModel.Found part = knownAt(tokens, from);
      if (part.to() <= from || part.to() > name.to()) {
        return List.of(name);
      }
      parts.add(part);
      if (part.to() == name.to()) {
        break;
      }
      if (!tokens.word(part.to()).equals("and") && !tokens.word(part.to()).equals(",")) {
        return List.of(name);
      }
      from = part.to() + 1;
    }
    return parts.size() >= 2 ? parts : List.of(name);
  }

  /**
   * The longest gazetteer place or known organisation starting at token {@code from}, a place on a
   * tie; empty (ending at {@code from}) when there is none.
   */
  private NameModel.Found knownAt(Tokens tokens, int from) {
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, from);
    int placeEnd = place == null ? from : place.to();
    int organisationEnd = organisationNames.matchEnd(tokens, from);
    return organisationEnd > placeEnd
        ? new NameModel.Found(from, organisationEnd, NameTypes.ORGANISATION)
        : new NameModel.Found(from, placeEnd, NameTypes.PLACE);
  }

  /**
   * "'s", or an apostrophe standing alone: the possessive of a plural ("the Philippines' Duterte")
   * or a single quotation mark, which ends a name either way.
   */
  static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("\u2019s") || word.equals("'") || word.equals("\u2019");
  }

  /**
   * "Washington recognizes Georgia", "Baghdad airport": a place span holds no ordinary lower-case
   * word, so each capitalised piece between them is a place of its own.
   */
  private static List<NameModel.Found> placesBetweenOrdinaryWords(
      Tokens tokens, NameModel.Found name) {
    List<NameModel.Found> pieces = piecesBetweenOrdinaryWords(tokens, name);
    pieces.removeIf(piece -> !tokens.isCapitalised(piece.from()));
    return pieces;
  }

  /**
   * "Islamic militant group Hamas" is "Hamas": an organisation span cut at lower-case words that no
   * name holds keeps its last piece, and earlier pieces that are organisations by shape ("World
   * Bank economist ..."); a lone organisation word ("Agency") is no name.
   */
  private List<NameModel.Found> splitAtOrdinaryWords(Tokens tokens, NameModel.Found name) {
    List<NameModel.Found> pieces = piecesBetweenOrdinaryWords(tokens, name);
    if (pieces.size() == 1
        && pieces.get(0).from() == name.from()
        && !holdsOrdinaryWord(tokens, name)) {
      return pieces; // nothing cut off but trailing connectors: the span is whole
    }
    pieces.removeIf(
        piece ->
            piece.to() - piece.from() == 1 && organisations.isSuffix(tokens.word(piece.from())));
    if (pieces.size() <= 1) {
      return pieces;
    }
    List<NameModel.Found> kept = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size() - 1; i++) {
      NameModel.Found piece = pieces.get(i);
      if (piece.to() - piece.from() > 1 && organisations.isSuffix(tokens.word(piece.to() - 1))) {
        kept.add(piece);
      }
    }
    kept.add(pieces.get(pieces.size() - 1));
    return kept;
  }

  /**
   * The pieces of a span between its ordinary lower-case words, each without the connectors at its
   * ends ("of", "and"); the span itself when it holds no such word or connector.
   */
  private static List<NameModel.Found> piecesBetweenOrdinaryWords(
      Tokens tokens, NameModel.Found name) {
    List<NameModel.Found> pieces = new ArrayList<>(1);
    int start = name.from();
    for (int k = name.from(); k <= name.to(); k++) {
      if (k == name.to() || isOrdinaryWord(tokens.word(k))) {
        int from = start;
        int to = k;
        while (from < to && NAME_CONNECTORS.contains(tokens.word(from))) {
          from++;
        }
        while (to > from && NAME_CONNECTORS.contains(tokens.word(to - 1))) {
          to--;
        }
        if (from < to) {
          pieces.add(
              from == name.from() && to == name.to()
                  ? name
                  : new NameModel.Found(from, to, name.type()));
        }
        start = k + 1;
      }
    }
    return pieces;
  }

  private static boolean holdsOrdinaryWord(Tokens tokens, NameModel.Found name) {
    for (int k = name.from(); k < name.to(); k++) {
      if (isOrdinaryWord(tokens.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** A word of letters, all lower case, that is no connector ("group", "western"). */
  private static boolean isOrdinaryWord(String word) {
    if (NAME_CONNECTORS.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "Storms hit Georgia": a capitalised ordinary word opening a sentence is not a name alone. */
  boolean isOrdinaryWordOpeningSentence(Tokens tokens, NameModel.Found name) {
    return name.to() - name.from() == 1
        && tokens.sentenceStarts[name.from()]
        && resolver.isCommonWord(tokens.word(name.from()));
  }

  /**
   * "prime Minister Ali", "Shares of Acme Inc.": ordinary words, lower-case or opening the
   * sentence, are not the start of a name; a span of lower-case words only ("prime") is no name at
   * all (returned empty). An organisation's own first word stays, at a sentence's start too ("Air
   * Force", "Human Rights Watch", "Travelers Corp."), and so may a person's first name ("Bill Gates
   * said ...", "Will Smith").
   */
  NameModel.Found withoutLeadingWords(Tokens tokens, NameModel.Found name) {
    int from = name.from();
    while (from < name.to()
        && resolver.isCommonWord(tokens.word(from))
        && !PersonSpans.opensSurname(tokens, from, name.to())
        && (!tokens.isCapitalised(from)
            || from == name.from()
                && tokens.sentenceStarts[from]
                && !opensOrganisation(tokens, name)
                && !opensPersonsName(tokens, name))) {
      from++;
    }
    boolean capitalised = false;
    for (int i = from; i < name.to(); i++) {
      capitalised |=
          !tokens.word(i).equals(tokens.word(i).toLowerCase(java.util.Locale.ROOT)); // "al-Qaida"
    }
    if (!capitalised) {
      return new NameModel.Found(name.from(), name.from(), name.type());
    }
    boolean loneOrganisationWord =
        from == name.to() - 1
            && tokens.isCapitalised(from - 1)
            && !ARTICLES.contains(tokens.word(from - 1))
            && organisations.isSuffix(tokens.word(from))
            && !resolver.isCommonWord(tokens.word(from));
    // "Travelers Corp.": a company's legal form alone is no name, so the word before it stays;
    // an organisation word that is also an ordinary word ("Retired Army") stands alone
    return from == name.from() || loneOrganisationWord
        ? name
        : new NameModel.Found(from, name.to(), name.type());
  }

  /**
   * "Bill Gates said ...", "Will Smith, the actor, ...": a person's name the name finder read at a
   * sentence's start keeps a first word that is also an ordinary word when that word is a counted
   * given name, or when the name is two words and the second is no ordinary word.
   */
  private boolean opensPersonsName(Tokens tokens, NameModel.Found name) {
    return persons.opensWithGivenName(tokens, name)
        || name.type().equals(NameTypes.PERSON)
            && name.to() - name.from() == 2
            && tokens.isCapitalised(name.from() + 1)
            && !resolver.isCommonWord(tokens.word(name.from() + 1));
  }

  /**
   * "Air Force Brigadier General", "Human Rights Watch": an organisation span that opens with a
   * known organisation's name of two words or more ("Retired Army officers" does not).
   */
  private boolean opensOrganisation(Tokens tokens, NameModel.Found name) {
    return name.type().equals(NameTypes.ORGANISATION)
        && organisationNames.matchEnd(tokens, name.from()) > name.from() + 1;
  }

  /** See {@link PersonSpans#titledPerson}. */
  NameModel.Found titledPerson(Tokens tokens, NameModel.Found name) {
    return name.type().equals(NameTypes.ORGANISATION) ? persons.titledPerson(tokens, name) : name;
  }

  /** See {@link PersonSpans#splitAtTitles}. */
  List<NameModel.Found> splitAtTitles(Tokens tokens, NameModel.Found name) {
    return persons.splitAtTitles(tokens, name);
  }

  /** See {@link PersonSpans#afterTitledName}. */
  NameModel.Found afterTitledName(Tokens tokens, NameModel.Found span) {
    return persons.afterTitledName(tokens, span);
  }
}
