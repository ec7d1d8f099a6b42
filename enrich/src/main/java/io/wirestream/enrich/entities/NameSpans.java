package io.wirestream.enrich.entities;

import java.util.Arrays;
import java.util.List;

/**
 * Trims and splits the spans that the name finder and the organisation rules propose, so that a
 * mention is the name alone: no ordinary words before it ("Shares of Acme Inc."), no title or
 * person inside an organisation ("Georgia Governor Brian Kemp", "Dr Sue Black of the University of
 * Westminster"), no lone capitalised word opening a sentence ("Storms hit ...").
 */
final class NameSpans {

  private final PlaceResolver resolver;
  private final TitleMatcher titles;
  private final OrganisationRules organisations;

  NameSpans(PlaceResolver resolver, TitleMatcher titles, OrganisationRules organisations) {
    this.resolver = resolver;
    this.titles = titles;
    this.organisations = organisations;
  }

  /** "Storms hit Georgia": a capitalised ordinary word opening a sentence is not a name alone. */
  boolean isOrdinaryWordOpeningSentence(Tokens tokens, NameModel.Found name) {
    return name.to() - name.from() == 1
        && tokens.sentenceStarts[name.from()]
        && resolver.isCommonWord(tokens.word(name.from()));
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

  /** "U.N. General Assembly" is no title and name: its tail holds an organisation word. */
  private boolean containsSuffix(Tokens tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (organisations.isSuffix(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "prime Minister Ali", "Shares of Acme Inc.": ordinary words, lower-case or opening the
   * sentence, are not the start of a name; a span of lower-case words only ("prime") is no name at
   * all (returned empty).
   */
  NameModel.Found withoutLeadingWords(Tokens tokens, NameModel.Found name) {
    int from = name.from();
    while (from < name.to()
        && resolver.isCommonWord(tokens.word(from))
        && (!tokens.isCapitalised(from) || from == name.from() && tokens.sentenceStarts[from])) {
      from++;
    }
    boolean capitalised = false;
    for (int i = from; i < name.to(); i++) {
      capitalised |=
          !tokens.word(i).equals(tokens.word(i).toLowerCase(java.util.Locale.ROOT)); // "al-Qaida"
    }
    return !capitalised
        ? new NameModel.Found(name.from(), name.from(), name.type())
        : from == name.from() ? name : new NameModel.Found(from, name.to(), name.type());
  }
}
