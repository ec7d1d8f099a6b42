package io.wirestream.enrich.entities;

import static io.wirestream.enrich.entities.Overlaps.take;

import io.wirestream.avro.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names an article introduces once and then uses in short: an acronym defined in brackets after an
 * organisation ("the International Atomic Energy Agency (IAEA)") and a full name's surname standing
 * alone later ("... Pashinyan told parliament"). These passes run after every field's own mentions
 * are found, since the short form may come first (in the headline) or where the name finder read
 * something else.
 */
final class ArticleNames {

  /** Organisation names of at most this many words may be a person's full name misread. */
  static final int MAX_MISREAD_NAME = 3;

  private final PlaceResolver resolver;
  private final OrganisationRules organisations;
  private final OrganisationNames organisationNames;

  ArticleNames(
      PlaceResolver resolver,
      OrganisationRules organisations,
      OrganisationNames organisationNames) {
    this.resolver = resolver;
    this.organisations = organisations;
    this.organisationNames = organisationNames;
  }

  /**
   * "... Force ( ISAF )": an acronym in brackets after an organisation names it too, whatever
   * another pass of the field took the acronym for.
   */
  static void addBracketedAcronyms(Tokens tokens, boolean[] taken, List<Candidate> out) {
    int n = out.size();
    for (int k = 0; k < n; k++) {
      Candidate c = out.get(k);
      int acronym =
          c.type() == EntityType.ORGANISATION && c.tokens() == tokens
              ? OrganisationRules.bracketedAcronym(tokens, c.from(), c.to())
              : -1;
      if (acronym < 0) {
        continue;
      }
      Candidate named = Candidate.of(EntityType.ORGANISATION, tokens, acronym, acronym + 1);
      if (!taken[acronym]) {
        take(out, taken, named);
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Candidate o = out.get(j);
        if (o.tokens() == tokens && o.from() == acronym && o.to() == acronym + 1) {
          out.set(j, named);
        }
      }
    }
  }

  /**
   * "the International Atomic Energy Agency ( IAEA )" defines "IAEA" for the whole article: its
   * other mentions, in the headline too, are the organisation, whatever the name finder read there
   * or missed.
   */
  static void addDefinedAcronyms(List<Tokens> fields, List<boolean[]> taken, List<Candidate> out) {
    Set<String> acronyms = new HashSet<>();
    for (Candidate c : out) {
      int acronym =
          c.type() == EntityType.ORGANISATION
              ? OrganisationRules.bracketedAcronym(c.tokens(), c.from(), c.to())
              : -1;
      if (acronym >= 0) {
        acronyms.add(c.tokens().word(acronym));
      }
    }
    if (acronyms.isEmpty()) {
      return;
    }
    for (int j = 0; j < out.size(); j++) {
      Candidate c = out.get(j);
      if (c.type() != EntityType.ORGANISATION
          && c.to() - c.from() == 1
          && acronyms.contains(c.tokens().word(c.from()))) {
        out.set(j, Candidate.of(EntityType.ORGANISATION, c.tokens(), c.from(), c.to()));
      }
    }
    for (int v = 0; v < fields.size(); v++) {
      Tokens tokens = fields.get(v);
      boolean[] used = taken.get(v);
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i] && acronyms.contains(tokens.word(i))) {
          take(out, used, Candidate.of(EntityType.ORGANISATION, tokens, i, i + 1));
        }
      }
    }
  }

  /**
   * "Armenian Prime Minister Nikol Pashinyan ... Pashinyan told parliament": the surname of a full
   * name read as a person names that person wherever it stands free in the article, where the name
   * finder missed it.
   */
  void addBareSurnames(List<Tokens> fields, List<boolean[]> taken, List<Candidate> out) {
    Set<String> surnames = new HashSet<>();
    for (Candidate c : out) {
      if (c.type() == EntityType.PERSON && c.to() - c.from() >= 2) {
        surnames.add(c.tokens().word(c.to() - 1));
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (int v = 0; v < fields.size(); v++) {
      Tokens tokens = fields.get(v);
      boolean[] used = taken.get(v);
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i]
            && surnames.contains(tokens.word(i))
            && tokens.isCapitalised(i)
            && !tokens.isCapitalised(i + 1)
            && !(i > 0 && PersonSpans.opensSurname(tokens, i - 1, i + 1)) // "bin Laden"
            && !(tokens.sentenceStarts[i] && resolver.isCommonWord(tokens.word(i)))) {
          take(out, used, Candidate.of(EntityType.PERSON, tokens, i, i + 1));
        }
      }
    }
  }

  /**
   * "Microsoft's Satya Nadella ... Nadella said": a short organisation whose last word the article
   * uses alone for a person is that person's full name. A name with an organisation word in it
   * ("Ford Motor") or a known organisation's stays.
   */
  void retypeFullNamesOfPersons(List<Candidate> candidates) {
    Set<String> persons = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && c.to() - c.from() == 1) {
        persons.add(c.text());
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() == EntityType.ORGANISATION
          && c.to() - c.from() >= 2
          && c.to() - c.from() <= MAX_MISREAD_NAME
          && persons.contains(c.tokens().word(c.to() - 1))
          && organisationNames.matchEnd(c.tokens(), c.from()) < c.to()
          && !hasOrganisationWord(c)) {
        candidates.set(i, Candidate.of(EntityType.PERSON, c.tokens(), c.from(), c.to()));
      }
    }
  }

  private boolean hasOrganisationWord(Candidate c) {
    for (int k = c.from(); k < c.to(); k++) {
      if (organisations.isSuffix(c.tokens().word(k)) || !c.tokens().isCapitalised(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One name, one kind of thing, in one article: where the same words are read as a person in some
   * places and as an organisation in others ("Apple said ..." beside "fined Apple"), the reading of
   * most of them wins. On a tie each mention keeps its reading. A place the gazetteer does not know
   * goes with the organisation of the same name.
   */
  static void agreeOnPersonOrOrganisation(List<Candidate> candidates) {
    Map<String, Integer> votes = new HashMap<>(); // persons minus organisations, by text
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON || c.type() == EntityType.ORGANISATION) {
        votes.merge(c.text(), c.type() == EntityType.PERSON ? 1 : -1, Integer::sum);
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      int vote = votes.getOrDefault(c.text(), 0);
      if (c.type() == EntityType.PLACE && c.place() == null && vote < 0) {
        // "U.N. sanctions" ... "the U.N. agency": a place no gazetteer knows, elsewhere an
        // organisation, is the organisation
        candidates.set(i, Candidate.of(EntityType.ORGANISATION, c.tokens(), c.from(), c.to()));
        continue;
      }
      EntityType agreed =
          vote > 0 ? EntityType.PERSON : vote < 0 ? EntityType.ORGANISATION : c.type();
      if ((c.type() == EntityType.PERSON || c.type() == EntityType.ORGANISATION)
          && c.type() != agreed) {
        candidates.set(i, Candidate.of(agreed, c.tokens(), c.from(), c.to()));
      }
    }
  }

  /**
   * "a U.S.-led force", "an Iranian-born writer": a name joined by a hyphen to the lower-case word
   * after it only modifies that word, as the labelled corpora treat it; the name's mentions
   * elsewhere in the text still count.
   */
  static boolean opensCompoundModifier(Candidate c) {
    String text = c.tokens().text;
    int end = c.end();
    return end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLowerCase(text.charAt(end + 1));
  }
}
