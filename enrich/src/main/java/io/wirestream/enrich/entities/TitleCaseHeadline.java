package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A headline in title case ("Rusty Bowers Comes Out Against A 2024 Trump Bid") capitalises every
 * word, so its capitals say nothing about names and the name finder, trained on sentence case,
 * reads "Trump Bid" as a person. Its mentions are kept only where something besides capitals speaks
 * for them: the gazetteer knows the place, the body names the same thing ("Trump" for the body's
 * "Donald Trump"), or the name has a name's shape: a given name and a surname ("Michael Flynn"), an
 * acronym ("FEMA"), or a few words closed by an organisation word ("Michigan Supreme Court").
 */
final class TitleCaseHeadline {

  /** Words this long or longer decide; shorter ones ("a", "of", "in") are lower case in both. */
  private static final int MIN_WORD_LENGTH = 4;

  private static final int MIN_WORDS = 4;
  private static final double MIN_CAPITALISED_SHARE = 0.8;

  /** The longest organisation name taken on its closing word alone. */
  private static final int MAX_ORGANISATION_WORDS = 4;

  /**
   * Small words title case capitalises, which open no organisation's name ("At Research Center").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "A", "An", "The", "At", "In", "On", "Of", "For", "To", "By", "With", "From", "As", "And",
          "But", "Or");

  private final GivenNames givenNames;
  private final OrganisationRules organisations;

  TitleCaseHeadline(GivenNames givenNames, OrganisationRules organisations) {
    this.givenNames = givenNames;
    this.organisations = organisations;
  }

  /** The candidates, less the title-case headline's that nothing else supports. */
  List<Candidate> filter(List<Candidate> candidates) {
    Tokens headline = null;
    for (Candidate c : candidates) {
      if (c.field().equals("headline")) {
        headline = c.tokens();
        break;
      }
    }
    if (headline == null || !isTitleCase(headline)) {
      return candidates;
    }
    Set<String> bodyNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (!c.field().equals("headline")) {
        String text = c.text();
        bodyNames.add(text);
        if (c.type() != EntityType.PLACE) {
          int space = text.lastIndexOf(' ');
          bodyNames.add(text.substring(space + 1)); // "Trump" for "Donald Trump"
        }
      }
    }
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (!c.field().equals("headline")
          || c.type() == EntityType.PLACE && c.place() != null
          || bodyNames.contains(c.text())) {
        kept.add(c);
        continue;
      }
      Candidate named = withoutArticle(c);
      if (hasNameShape(named)) {
        kept.add(named);
      }
    }
    return kept;
  }

  /** "The Justice Department" is named "Justice Department"; others are returned as they are. */
  private static Candidate withoutArticle(Candidate c) {
    return c.type() == EntityType.ORGANISATION
            && c.to() - c.from() > 2
            && NameSpans.ARTICLES.contains(c.tokens().word(c.from()))
        ? Candidate.of(c.type(), c.tokens(), c.from() + 1, c.to())
        : c;
  }

  private boolean hasNameShape(Candidate c) {
    int words = c.to() - c.from();
    String first = c.tokens().word(c.from());
    String last = c.tokens().word(c.to() - 1);
    return switch (c.type()) {
      case PERSON -> words == 2 && givenNames.contains(first);
      case ORGANISATION ->
          words == 1 && isAcronym(first)
              || words > 1
                  && words <= MAX_ORGANISATION_WORDS
                  && organisations.isSuffix(last)
                  && !FUNCTION_WORDS.contains(first);
      case PLACE -> false;
    };
  }

  private static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letters += Character.isLetter(ch) ? 1 : 0;
    }
    return letters >= 2;
  }

  static boolean isTitleCase(Tokens tokens) {
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.word(i);
      if (w.length() >= MIN_WORD_LENGTH && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= MIN_WORDS && capitalised >= MIN_CAPITALISED_SHARE * words;
  }
}
