package io.wirestream.enrich.entities;

import static io.wirestream.enrich.entities.Overlaps.anyTaken;
import static io.wirestream.enrich.entities.Overlaps.covering;
import static io.wirestream.enrich.entities.Overlaps.exactMatch;
import static io.wirestream.enrich.entities.Overlaps.insideLongerName;
import static io.wirestream.enrich.entities.Overlaps.insideLongerPlace;
import static io.wirestream.enrich.entities.Overlaps.modelSays;
import static io.wirestream.enrich.entities.Overlaps.take;

import io.wirestream.avro.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the mentions of one document by combining four sources, strongest first: upper-case
 * datelines ("PORTO ALEGRE, Brazil —"), organisation shapes ("... Inc.", "Ministry of ..."), the
 * trained name finder (its spans trimmed by {@link NameSpans}), and the place gazetteer. A longer
 * name wins over a place inside it ("George Washington", "University of Georgia"); a country keeps
 * its reading against a one-word person guess unless a title precedes it; person mentions lose
 * their titles ("President Vladimir Putin" -> "Vladimir Putin").
 */
final class MentionFinder {

  private static final int MAX_TITLED_NAME_TOKENS = 3;

  /** A city of about 300,000 people, or a region or capital of comparable weight. */
  private static final double MIN_PRIOR_AGAINST_PERSON = 5.5;

  private final NameModel model;
  private final PlaceGazetteer gazetteer;
  private final PlaceResolver resolver;
  private final TitleMatcher titles;
  private final OrganisationRules organisations;
  private final OrganisationNames organisationNames;
  private final Set<String> speechVerbs;
  private final Set<String> eventWords;
  private final NameSpans spans;
  private final DatelinePlaces datelines;
  private final NameCues cues;
  private final ClubNames clubs;
  private final PlaceNouns placeNouns;
  private final GivenNames givenNames;

  MentionFinder(
      NameModel model,
      PlaceGazetteer gazetteer,
      PlaceResolver resolver,
      TitleMatcher titles,
      OrganisationRules organisations,
      OrganisationNames organisationNames,
      GivenNames givenNames,
      Set<String> speechVerbs,
      Set<String> eventWords) {
    this.organisationNames = organisationNames;
    this.givenNames = givenNames;
    this.speechVerbs = speechVerbs;
    this.eventWords = eventWords;
    this.spans =
        new NameSpans(resolver, titles, organisations, organisationNames, gazetteer, givenNames);
    this.datelines = new DatelinePlaces(gazetteer, resolver);
    this.cues = NameCues.load(titles, organisations, organisationNames, gazetteer);
    this.clubs = ClubNames.load(gazetteer);
    this.placeNouns = PlaceNouns.load(titles);
    this.model = model;
    this.gazetteer = gazetteer;
    this.resolver = resolver;
    this.titles = titles;
    this.organisations = organisations;
  }

  /** The fields' analyses before conflicts are settled. */
  private record FieldView(
      Tokens tokens,
      List<DatelineFinder.Dateline> datelines,
      List<NameModel.Found> names,
      List<PlaceGazetteer.Match> places) {}

  List<Candidate> find(List<Tokens> fields) {
    model.startDocument();
    List<FieldView> views = new ArrayList<>();
    PlaceResolver.Context context = new PlaceResolver.Context();
    for (Tokens tokens : fields) {
      List<DatelineFinder.Dateline> found = datelines.find(tokens); // before the name finder
      FieldView view =
          new FieldView(
              tokens, found, spans.refine(tokens, model.find(tokens)), placeMatches(tokens));
      for (PlaceGazetteer.Match m : view.places()) {
        if (!insideLongerName(view.names(), m)
            && resolver.plausible(
                tokens,
                m.from(),
                m.to(),
                m.readings(),
                modelSays(view.names(), m.from(), m.to(), NameTypes.PLACE))) {
          context.add(m.readings());
        }
      }
      views.add(view);
    }
    List<Candidate> candidates = new ArrayList<>();
    List<boolean[]> taken = new ArrayList<>(views.size());
    for (FieldView view : views) {
      taken.add(resolveField(view, context, candidates));
    }
    addDefinedAcronyms(views, taken, candidates);
    addBareSurnames(views, taken, candidates);
    candidates.removeIf(MentionFinder::opensCompoundModifier);
    return candidates;
  }

  /**
   * One field's mentions, pass by pass, each taking only tokens no earlier pass took: datelines,
   * organisation shapes, the name finder's people and organisations, gazetteer places, the name
   * finder's other places, titled names and bracketed acronyms.
   */
  private boolean[] resolveField(
      FieldView view, PlaceResolver.Context context, List<Candidate> out) {
    Tokens tokens = view.tokens();
    boolean[] taken = new boolean[tokens.size()];
    datelines.take(tokens, view.datelines(), taken, out, context);
    takeOrganisationShapes(view, taken, out, context);
    for (int[] club : clubs.find(tokens)) {
      takeOrganisation(tokens, club[0], club[1], taken, out, context); // "Real Madrid"
    }
    takeKnownOrganisations(view, taken, out, context);
    takeCuedNames(view, taken, out, context);
    takeModelNames(view, taken, out, context);
    takeGazetteerPlaces(view, taken, out, context);
    takeModelPlaces(view, taken, out, context);
    for (int[] place : placeNouns.find(tokens, taken)) {
      take(
          out,
          taken,
          new Candidate(EntityType.PLACE, tokens, place[0], place[1], null, false, null));
    }
    addTitledNames(tokens, taken, out);
    addGivenNamed(tokens, taken, out);
    addBracketedAcronyms(tokens, taken, out);
    return taken;
  }

  /**
   * "Armenian Prime Minister Nikol Pashinyan ... Pashinyan told parliament": the surname of a full
   * name read as a person names that person wherever it stands free in the article, where the name
   * finder missed it.
   */
  private void addBareSurnames(List<FieldView> views, List<boolean[]> taken, List<Candidate> out) {
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (Candidate c : out) {
      if (c.type() == EntityType.PERSON && c.to() - c.from() >= 2) {
        surnames.add(c.tokens().word(c.to() - 1));
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (int v = 0; v < views.size(); v++) {
      Tokens tokens = views.get(v).tokens();
      boolean[] used = taken.get(v);
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i]
            && surnames.contains(tokens.word(i))
            && tokens.isCapitalised(i)
            && !tokens.isCapitalised(i + 1)
            && !(i > 0 && PersonSpans.opensSurname(tokens, i - 1, i + 1)) // "bin Laden"
            && !(tokens.sentenceStarts[i] && resolver.isCommonWord(tokens.word(i)))) {
          take(out, used, new Candidate(EntityType.PERSON, tokens, i, i + 1, null, false, null));
        }
      }
    }
  }

  /**
   * "the International Atomic Energy Agency ( IAEA )" defines "IAEA" for the whole article: its
   * other mentions, in the headline too, are the organisation, whatever the name finder read there
   * or missed.
   */
  private static void addDefinedAcronyms(
      List<FieldView> views, List<boolean[]> taken, List<Candidate> out) {
    java.util.Set<String> acronyms = new java.util.HashSet<>();
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
        out.set(
            j,
            new Candidate(
                EntityType.ORGANISATION, c.tokens(), c.from(), c.to(), null, false, null));
      }
    }
    for (int v = 0; v < views.size(); v++) {
      Tokens tokens = views.get(v).tokens();
      boolean[] used = taken.get(v);
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i] && acronyms.contains(tokens.word(i))) {
          take(
              out,
              used,
              new Candidate(EntityType.ORGANISATION, tokens, i, i + 1, null, false, null));
        }
      }
    }
  }

  /** "Ministry of Defence", "Acme Inc.": organisation shapes, widened to the model's span. */
  private void takeOrganisationShapes(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (int[] shape : organisations.find(tokens)) {
      NameModel.Found rule =
          spans.afterTitledName(
              tokens,
              spans.withoutLeadingWords(
                  tokens, new NameModel.Found(shape[0], shape[1], NameTypes.ORGANISATION)));
      NameModel.Found model = covering(view.names(), rule.from(), rule.to());
      if (model != null && model.type().equals(NameTypes.ORGANISATION)) {
        model = spans.withoutLeadingWords(tokens, model);
      }
      boolean longer =
          model != null
              && model.type().equals(NameTypes.ORGANISATION)
              && model.from() <= rule.from()
              && model.to() >= rule.to();
      // "Dr Sue Black of the University of Westminster": the model's span loses the person too
      NameModel.Found span = longer ? spans.afterTitledName(tokens, model) : rule;
      if (span.from() < span.to()) {
        takeOrganisation(tokens, span.from(), span.to(), taken, out, context);
      }
    }
  }

  /**
   * "Hamas", "World Health Organization": a known organisation's name standing as a name of its own
   * (no capitalised word joined to it, no longer name of the model's around it), whatever the name
   * finder read there.
   */
  private void takeKnownOrganisations(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int end = taken[i] ? -1 : organisationNames.matchEnd(tokens, i);
      if (end < 0) {
        continue;
      }
      NameModel.Found model = covering(view.names(), i, end);
      boolean insideLonger = model != null && (model.from() < i || model.to() > end);
      if (!insideLonger && standsAlone(tokens, i, end)) {
        takeOrganisation(tokens, i, end, taken, out, context);
        i = end - 1;
      }
    }
  }

  /**
   * "the spokeswoman Ana Ruiz", "the newspaper La Nacion": a name whose kind the noun before it
   * states (see {@link NameCues}), where the name finder read it as another kind or missed it.
   */
  private void takeCuedNames(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (taken[i] || !tokens.isCapitalised(i) || !cues.mayFollowCue(tokens, i)) {
        continue;
      }
      NameModel.Found model = covering(view.names(), i, i + 1);
      if (model != null && model.from() < i) {
        continue; // inside a longer name
      }
      NameModel.Found cued = cues.find(tokens, i, model == null ? -1 : model.to());
      if (cued == null
          || model != null && model.type().equals(cued.type())
          || anyTaken(taken, cued.from(), cued.to())) {
        continue; // the name finder's own reading is taken by the pass after this one
      }
      if (cued.type().equals(NameTypes.PERSON)) {
        take(
            out,
            taken,
            new Candidate(EntityType.PERSON, tokens, cued.from(), cued.to(), null, false, null));
      } else {
        takeOrganisation(tokens, cued.from(), cued.to(), taken, out, context);
      }
      i = cued.to() - 1;
    }
    for (NameModel.Found name : view.names()) {
      NameModel.Found cued =
          anyTaken(taken, name.from(), name.to()) ? null : cues.retypedByAppositive(tokens, name);
      if (cued == null) {
        continue;
      }
      if (cued.type().equals(NameTypes.PERSON)) {
        take(
            out,
            taken,
            new Candidate(EntityType.PERSON, tokens, cued.from(), cued.to(), null, false, null));
      } else {
        takeOrganisation(tokens, cued.from(), cued.to(), taken, out, context);
      }
    }
  }

  /** No capitalised word right before (but a sentence's common first word) or after the span. */
  private boolean standsAlone(Tokens tokens, int from, int to) {
    boolean before =
        from > 0
            && tokens.isCapitalised(from - 1)
            && !(tokens.sentenceStarts[from - 1] && resolver.isCommonWord(tokens.word(from - 1)));
    return !before && !tokens.isCapitalised(to);
  }

  /** The name finder's people and organisations, unless a place reading outweighs them. */
  private void takeModelNames(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (NameModel.Found found : view.names()) {
      if (isEventName(tokens, found, taken)) {
        Arrays.fill(taken, found.from(), found.to(), true); // "Davis Cup" holds no place either
        continue;
      }
      // "Army Specialist Charles Graner" is read again once "Army" opening the sentence is cut
      NameModel.Found trimmed = spans.withoutLeadingWords(tokens, found);
      if (trimmed.from() > found.from()) {
        trimmed = spans.titledPerson(tokens, trimmed);
      }
      for (NameModel.Found name : spans.splitAtTitles(tokens, trimmed)) {
        if (name.from() == name.to()
            || name.type().equals(NameTypes.PLACE)
            || anyTaken(taken, name.from(), name.to())
            || spans.isOrdinaryWordOpeningSentence(tokens, name)) {
          continue;
        }
        PlaceGazetteer.Match exact = exactMatch(view.places(), name.from(), name.to());
        if (exact != null
            && !personByContext(tokens, name)
            && placeOutweighsName(tokens, exact, name, context)) {
          continue; // the place pass below keeps the place reading
        }
        if (name.type().equals(NameTypes.PERSON)) {
          addPerson(tokens, name.from(), name.to(), taken, out, context);
        } else {
          takeOrganisation(tokens, name.from(), name.to(), taken, out, context);
        }
      }
    }
  }

  /** Gazetteer places the context makes plausible. */
  private void takeGazetteerPlaces(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (PlaceGazetteer.Match m : view.places()) {
      if (!anyTaken(taken, m.from(), m.to()) && !insideLongerPlace(view.names(), m)) {
        boolean modelPlace = modelSays(view.names(), m.from(), m.to(), NameTypes.PLACE);
        if (resolver.plausible(tokens, m.from(), m.to(), m.readings(), modelPlace)) {
          boolean maybeSurname =
              modelSays(view.names(), m.from(), m.to(), NameTypes.PERSON)
                  || m.to() - m.from() == 1 && !resolver.afterPreposition(tokens, m.from());
          take(out, taken, placeCandidate(tokens, m, context, maybeSurname));
        }
      }
    }
  }

  /** Places the name finder found that the gazetteer does not know. */
  private void takeModelPlaces(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (NameModel.Found found : view.names()) {
      NameModel.Found name = spans.withoutLeadingWords(tokens, found);
      if (name.type().equals(NameTypes.PLACE)
          && name.from() < name.to()
          && !anyTaken(taken, name.from(), name.to())
          && !spans.isOrdinaryWordOpeningSentence(tokens, name)) {
        take(
            out,
            taken,
            new Candidate(
                EntityType.PLACE,
                tokens,
                name.from(),
                name.to(),
                null,
                false,
                innerCountry(view.places(), name, tokens, context)));
      }
    }
  }

  /**
   * "a U.S.-led force", "an Iranian-born writer": a name joined by a hyphen to the lower-case word
   * after it only modifies that word, as the labelled corpora treat it; the name's mentions
   * elsewhere in the text still count.
   */
  private static boolean opensCompoundModifier(Candidate c) {
    String text = c.tokens().text;
    int end = c.end();
    return end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLowerCase(text.charAt(end + 1));
  }

  /**
   * "Stanley Cup", "Nobel Peace Prize": a name of two words or more that the name finder found and
   * that ends in an event or award word, none of it taken by an earlier pass.
   */
  private boolean isEventName(Tokens tokens, NameModel.Found name, boolean[] taken) {
    return name.to() - name.from() >= 2
        && eventWords.contains(tokens.word(name.to() - 1))
        && !anyTaken(taken, name.from(), name.to());
  }

  /**
   * "... Force ( ISAF )": an acronym in brackets after an organisation names it too, whatever
   * another pass took the acronym for.
   */
  private static void addBracketedAcronyms(Tokens tokens, boolean[] taken, List<Candidate> out) {
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
      Candidate named =
          new Candidate(EntityType.ORGANISATION, tokens, acronym, acronym + 1, null, false, null);
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
   * A model name that a gazetteer place spans exactly is still a person after a title ("Mr.
   * Jordan") or before a verb of saying ("Jordan said"), when the model reads it so.
   */
  private boolean personByContext(Tokens tokens, NameModel.Found name) {
    if (!name.type().equals(NameTypes.PERSON)) {
      return false;
    }
    boolean titled =
        name.from() > 0 && titles.titleLength(Arrays.asList(tokens.words), name.from() - 1) > 0;
    boolean speaks = name.to() < tokens.size() && speechVerbs.contains(tokens.word(name.to()));
    return titled || speaks;
  }

  /**
   * Against the name finder's person or organisation reading, a place keeps its own when it is a
   * country, a large city or region (Kyiv, Atlanta), or stands after a locative word; a small town
   * that shares its name with a person ("Bush") yields.
   */
  private boolean placeOutweighsName(
      Tokens tokens,
      PlaceGazetteer.Match match,
      NameModel.Found name,
      PlaceResolver.Context context) {
    Place place = resolver.choose(tokens, match, context).place();
    return !name.type().equals(NameTypes.PERSON)
        || place.kind() == Place.Kind.COUNTRY
        || place.prior() >= MIN_PRIOR_AGAINST_PERSON
        || resolver.afterPreposition(tokens, match.from());
  }

  /**
   * An organisation, plus the country that opens its name ("Japanese Foreign Ministry", "Iraqi
   * Army") as a place mention of its own, so that the story is also tagged with the country.
   */
  private void takeOrganisation(
      Tokens tokens,
      int from,
      int to,
      boolean[] taken,
      List<Candidate> out,
      PlaceResolver.Context context) {
    if (anyTaken(taken, from, to)) {
      return;
    }
    take(out, taken, new Candidate(EntityType.ORGANISATION, tokens, from, to, null, false, null));
    PlaceGazetteer.Match lead = gazetteer.longestMatch(tokens, from);
    if (lead != null && lead.to() < to) {
      PlaceGazetteer.Reading reading = resolver.choose(tokens, lead, context);
      if (reading.place().kind() == Place.Kind.COUNTRY) {
        out.add(
            new Candidate(
                EntityType.PLACE,
                tokens,
                lead.from(),
                lead.to(),
                reading.place(),
                reading.demonym(),
                reading.place().countryCode()));
      }
    }
  }

  /** A person span without leading titles; a nationality before a title becomes a place. */
  private void addPerson(
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
        take(out, taken, placeCandidate(tokens, place, context, false));
        f = place.to();
        continue;
      }
      break;
    }
    if (titles.titleLength(words, f) == 0 || f + 1 < to) {
      take(out, taken, new Candidate(EntityType.PERSON, tokens, f, to, null, false, null));
    }
  }

  /**
   * "Russian Mikhail Tyurin" the name finder missed: a given name and one or two more capitalised
   * words that no pass took, standing alone (no capitalised word after) and not a place.
   */
  private void addGivenNamed(Tokens tokens, boolean[] taken, List<Candidate> out) {
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
          && to - i < MAX_TITLED_NAME_TOKENS
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
        take(out, taken, new Candidate(EntityType.PERSON, tokens, i, to, null, false, null));
        i = to - 1;
      }
    }
  }

  /** "President Ilham Aliyev" the model missed: a title then up to three free capitalised words. */
  private void addTitledNames(Tokens tokens, boolean[] taken, List<Candidate> out) {
    List<String> words = Arrays.asList(tokens.words);
    for (int i = 0; i < tokens.size(); i++) {
      int title = titles.titleLength(words, i);
      if (title == 0 || !tokens.isCapitalised(i)) {
        continue; // "a major Microsoft deal" is not a title
      }
      int from = i + title;
      int to = from;
      while (to < tokens.size()
          && to - from < MAX_TITLED_NAME_TOKENS
          && tokens.isCapitalised(to)
          && !taken[to]
          && !organisations.isSuffix(tokens.word(to))
          && titles.titleLength(words, to) == 0) {
        to++;
      }
      if (to > from && (to == tokens.size() || !tokens.isCapitalised(to))) {
        take(out, taken, new Candidate(EntityType.PERSON, tokens, from, to, null, false, null));
      }
      i = Math.max(i, to - 1);
    }
  }

  private Candidate placeCandidate(
      Tokens tokens, PlaceGazetteer.Match m, PlaceResolver.Context context, boolean maybeSurname) {
    PlaceGazetteer.Reading reading = resolver.choose(tokens, m, context);
    Place place = reading.place();
    return new Candidate(
        EntityType.PLACE,
        tokens,
        m.from(),
        m.to(),
        place,
        reading.demonym(),
        place.countryCode(),
        maybeSurname && !reading.demonym());
  }

  private String innerCountry(
      List<PlaceGazetteer.Match> places,
      NameModel.Found name,
      Tokens tokens,
      PlaceResolver.Context context) {
    for (PlaceGazetteer.Match m : places) {
      if (m.from() >= name.from() && m.to() <= name.to()) {
        return resolver.choose(tokens, m, context).place().countryCode();
      }
    }
    return null;
  }

  private List<PlaceGazetteer.Match> placeMatches(Tokens tokens) {
    List<PlaceGazetteer.Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      PlaceGazetteer.Match m = gazetteer.longestMatch(tokens, i);
      if (m == null) {
        i++;
      } else {
        matches.add(m);
        i = m.to();
      }
    }
    return matches;
  }
}
