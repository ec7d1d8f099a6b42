package io.wirestream.enrich.entities;

import static io.wirestream.enrich.entities.Overlaps.take;

import io.wirestream.avro.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The person passes of {@link MentionFinder}: a person span loses its titles ("President Vladimir
 * Putin" -> "Vladimir Putin", a nationality before the title becoming a place), and the people the
 * name finder missed are found by their shape: a title before free capitalised words ("President
 * Ilham Aliyev"), or a given name opening them ("Russian Mikhail Tyurin").
 */
final class PersonNames {

  /** The longest name a title or a given name opens ("Luiz Inacio Lula"). */
  private static final int MAX_NAME_TOKENS = 3;

  private final PlaceGazetteer gazetteer;
  private final PlaceResolver resolver;
  private final TitleMatcher titles;
  private final OrganisationRules organisations;
  private final GivenNames givenNames;
  private final Set<String> speechVerbs;

  PersonNames(
      PlaceGazetteer gazetteer,
      PlaceResolver resolver,
      TitleMatcher titles,
      OrganisationRules organisations,
      GivenNames givenNames,
      Set<String> speechVerbs) {
    this.gazetteer = gazetteer;
    this.resolver = resolver;
    this.titles = titles;
    this.organisations = organisations;
    this.givenNames = givenNames;
    this.speechVerbs = speechVerbs;
  }

  /**
   * A model name that a gazetteer place spans exactly is still a person after a title ("Mr.
   * Jordan") or before a verb of saying ("Jordan said"), when the model reads it so.
   */
  boolean byContext(Tokens tokens, NameModel.Found name) {
    boolean speaks = name.to() < tokens.size() && speechVerbs.contains(tokens.word(name.to()));
    return byTitle(tokens, name) || name.type().equals(NameTypes.PERSON) && speaks;
  }

  /**
   * A model name that a gazetteer place spans exactly is still a person after a title ("Mr.
   * Jordan"), when the model reads it so. A country before a verb of saying is its government
   * ("Vietnam says"); where it is a person's surname, the full name elsewhere claims it.
   */
  boolean byTitle(Tokens tokens, NameModel.Found name) {
    return name.type().equals(NameTypes.PERSON)
        && name.from() > 0
        && titles.titleLength(Arrays.asList(tokens.words), name.from() - 1) > 0;
  }

  /** A person span without leading titles; a nationality before a title becomes a place. */
  void add(
      Tokens tokens,
      int from,
      int to,
      boolean[] taken,
      List<Candidate> out,
      PlaceResolver.Context context) {
    List<String> words = Arrays.asList(tokens.words);
    int f = from;
    while (f < to - 1) {
      int title = titles.titleLength(words, f);
      if (title > 0 && f + title < to) {
        f += title;
        continue;
      }
      PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, f);
      if (place != null && place.to() < to && titles.titleLength(words, place.to()) > 0) {
        take(out, taken, resolver.candidate(tokens, place, context, false));
        f = place.to();
        continue;
      }
      break;
    }
    if (titles.titleLength(words, f) == 0 || f + 1 < to) {
      take(out, taken, Candidate.of(EntityType.PERSON, tokens, f, to));
    }
  }

  /**
   * "Russian Mikhail Tyurin" the name finder missed: a given name and one or two more capitalised
   * words that no pass took, standing alone (no capitalised word after) and not a place.
   */
  void addGivenNamed(Tokens tokens, boolean[] taken, List<Candidate> out) {
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]
          || !tokens.isCapitalised(i)
          || !(tokens.isCapitalised(i + 1)
              || i + 1 < tokens.size() && PersonSpans.isHyphenatedName(tokens.word(i + 1)))
          || !givenNames.contains(tokens.word(i))
          || tokens.sentenceStarts[i] && resolver.isCommonWord(tokens.word(i))) {
        continue;
      }
      List<String> words = Arrays.asList(tokens.words);
      if (titles.titleLength(words, i) > 0) {
        continue; // "Prime Minister": a title the training text has seen open people's names
      }
      int to = i + 1;
      while (to < tokens.size()
          && to - i < MAX_NAME_TOKENS
          && !taken[to]
          && (tokens.isCapitalised(to) || PersonSpans.isHyphenatedName(tokens.word(to)))
          && !organisations.isSuffix(tokens.word(to))
          && titles.titleLength(words, to) == 0) {
        to++;
      }
      PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, i);
      if (to > i + 1
          && !tokens.isCapitalised(to)
          && !(to < tokens.size() && taken[to])
          && (place == null || place.to() < to)) {
        take(out, taken, Candidate.of(EntityType.PERSON, tokens, i, to));
        i = to - 1;
      }
    }
  }

  /** "President Ilham Aliyev" the model missed: a title then up to three free capitalised words. */
  void addTitledNames(Tokens tokens, boolean[] taken, List<Candidate> out) {
    List<String> words = Arrays.asList(tokens.words);
    for (int i = 0; i < tokens.size(); i++) {
      int title = titles.titleLength(words, i);
      if (title == 0 || !tokens.isCapitalised(i)) {
        continue; // "a major Microsoft deal" is not a title
      }
      int from = i + title;
      int to = from;
      while (to < tokens.size()
          && to - from < MAX_NAME_TOKENS
          && tokens.isCapitalised(to)
          && !taken[to]
          && !organisations.isSuffix(tokens.word(to))
          && titles.titleLength(words, to) == 0) {
        to++;
      }
      if (to > from && (to == tokens.size() || !tokens.isCapitalised(to))) {
        take(out, taken, Candidate.of(EntityType.PERSON, tokens, from, to));
      }
      i = Math.max(i, to - 1);
    }
  }
}
