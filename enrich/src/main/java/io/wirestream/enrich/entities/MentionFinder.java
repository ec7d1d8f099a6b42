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
import java.util.regex.Pattern;

/**
 * Finds the mentions of one document by combining four sources, strongest first: upper-case
 * datelines ("PORTO ALEGRE, Brazil —"), organisation shapes ("... Inc.", "Ministry of ..."), the
 * trained name finder (its spans trimmed by {@link NameSpans}), and the place gazetteer. A longer
 * name wins over a place inside it ("George Washington", "University of Georgia"); a country keeps
 * its reading against a one-word person guess unless a title precedes it; a person is found without
 * titles ("President Vladimir Putin" -> "Vladimir Putin"), and {@link EntityAssembler} gives the
 * mention its title of address back.
 */
final class MentionFinder {

  static final String FAITH_WORDS = "faith-words.txt";

  /** Words that join the items of a list of names. */
  private static final Set<String> LIST_JOINS = Set.of(",", "and");

  /** A party's initial and a state, as US copy follows a lawmaker's name with them: "D-N.Y.". */
  private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

  /** A city of about 300,000 people, or a region or capital of comparable weight. */
  private static final double MIN_PRIOR_AGAINST_PERSON = 5.5;

  private final NameModel model;
  private final PlaceGazetteer gazetteer;
  private final PlaceResolver resolver;
  private final TitleMatcher titles;
  private final OrganisationRules organisations;
  private final OrganisationNames organisationNames;
  private final Set<String> eventWords;
  private final StormNames storms = StormNames.load();

  /** Faiths and their followers ({@code faith-words.txt}), never a person's name on their own. */
  private final Set<String> faithWords = Set.copyOf(WordLists.lines(FAITH_WORDS));

  private final NameSpans spans;
  private final DatelinePlaces datelines;
  private final NameCues cues;
  private final ClubNames clubs;
  private final PlaceNouns placeNouns;
  private final PersonNames people;
  private final ArticleNames articleNames;

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
    this.people =
        new PersonNames(gazetteer, resolver, titles, organisations, givenNames, speechVerbs);
    this.articleNames = new ArticleNames(resolver, organisations, organisationNames);
    this.eventWords = eventWords;
    this.spans =
        new NameSpans(resolver, titles, organisations, organisationNames, gazetteer, givenNames);
    this.datelines = new DatelinePlaces(gazetteer, resolver);
    this.cues = NameCues.load(titles, organisations, organisationNames, gazetteer);
    this.clubs = ClubNames.load(gazetteer);
    this.placeNouns = PlaceNouns.load(titles, gazetteer);
    this.model = model;
    this.gazetteer = gazetteer;
    this.resolver = resolver;
    this.titles = titles;
    this.organisations = organisations;
  }

  /** "Sunni", "Shi'ite Muslim": a person whose every word names a faith or its followers. */
  private boolean namesAFaith(Candidate c) {
    if (c.type() != EntityType.PERSON) {
      return false;
    }
    for (int i = c.from(); i < c.to(); i++) {
      if (!faithWords.contains(c.tokens().word(i))) {
        return false;
      }
    }
    return true;
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
      datelines.addToContext(tokens, found, context);
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
    List<Tokens> tokens = views.stream().map(FieldView::tokens).toList();
    ArticleNames.addDefinedAcronyms(tokens, taken, candidates);
    articleNames.addBareSurnames(tokens, taken, candidates);
    articleNames.retypeFullNamesOfPersons(candidates);
    ArticleNames.agreeOnPersonOrOrganisation(candidates);
    candidates.removeIf(ArticleNames::opensCompoundModifier);
    storms.removeFrom(tokens, candidates);
    candidates.removeIf(this::namesAFaith);
    candidates.removeIf(MentionFinder::isPartyAndState);
    candidates.removeIf(MentionFinder::isLoneInitial);
    return candidates;
  }

  /** "posted on X.": one letter is no person's name. */
  private static boolean isLoneInitial(Candidate c) {
    String text = c.text();
    return c.type() == EntityType.PERSON
        && c.to() - c.from() == 1
        && (text.length() == 1 || text.length() == 2 && text.charAt(1) == '.');
  }

  /** "Rep. Hakeem Jeffries, D-N.Y.,": a lawmaker's party and state, no name of its own. */
  private static boolean isPartyAndState(Candidate c) {
    return c.to() - c.from() == 1 && PARTY_AND_STATE.matcher(c.text()).matches();
  }

  /**
   * One field's mentions, pass by pass, each taking only tokens no earlier pass took: datelines,
   * organisation shapes, clubs, known and cued names, places named beside a place noun, the name
   * finder's people and organisations, gazetteer places, the name finder's other places, titled
   * names and bracketed acronyms.
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
    takeEmployers(view, taken, out, context);
    takePlaceNouns(view, taken, out, context, true);
    takeModelNames(view, taken, out, context);
    takeGazetteerPlaces(view, taken, out, context);
    takeModelPlaces(view, taken, out, context);
    takePlaceNouns(view, taken, out, context, false);
    people.addTitledNames(tokens, taken, out);
    people.addGivenNamed(tokens, taken, out);
    ArticleNames.addBracketedAcronyms(tokens, taken, out);
    return taken;
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
          || model != null && model.type().equals(cued.type()) && model.to() == cued.to()
          || anyTaken(taken, cued.from(), cued.to())) {
        continue; // the name finder's own reading is taken by the pass after this one
      }
      takePersonOrOrganisation(tokens, cued, taken, out, context);
      i = cued.to() - 1;
    }
    for (NameModel.Found name : view.names()) {
      NameModel.Found cued =
          anyTaken(taken, name.from(), name.to()) ? null : cues.retypedByAppositive(tokens, name);
      if (cued == null) {
        continue;
      }
      takePersonOrOrganisation(tokens, cued, taken, out, context);
    }
  }

  /**
   * "OpenAI chief executive Sam Altman", "Tesla boss Elon Musk": the name before a role held in an
   * organisation is the organisation, whatever the name finder read there or missed. The name is
   * the name finder's span ending there, else the capitalised words before the role, less a common
   * word opening the sentence ("The chief executive ..."). A place stays a place, except a city
   * before a role in a sports team, which names the team ("Liverpool manager Arne Slot"; a country
   * before one names its national side and stays a place, as the labelled corpora have it).
   */
  private void takeEmployers(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (int k = 1; k < tokens.size(); k++) {
      boolean team = cues.opensTeamRole(tokens, k);
      if (taken[k - 1]
          || !tokens.isCapitalised(k - 1)
          || !team && !cues.opensEmployerRole(tokens, k)) {
        continue;
      }
      NameModel.Found model = covering(view.names(), k - 1, k);
      int from = k - 1;
      if (model != null && model.to() == k) {
        from = model.from();
      } else {
        while (from > 0 && tokens.isCapitalised(from - 1) && !tokens.sentenceStarts[from]) {
          from--;
        }
        if (tokens.sentenceStarts[from] && resolver.isCommonWord(tokens.word(from))) {
          from++;
        }
      }
      if (from < k
          && !anyTaken(taken, from, k)
          && (team ? !namesCountry(tokens, from, k) : !gazetteer.isPlace(tokens, from, k))
          && !titles.withinTitle(Arrays.asList(tokens.words), from, k)) {
        takeOrganisation(tokens, from, k, taken, out, context);
      }
    }
  }

  /** Whether tokens {@code [from, to)} are a country's name or demonym ("England", "Spanish"). */
  private boolean namesCountry(Tokens tokens, int from, int to) {
    PlaceGazetteer.Match place = gazetteer.longestMatch(tokens, from);
    return place != null && place.to() == to && PlaceGazetteer.anyCountry(place.readings());
  }

  private void takePersonOrOrganisation(
      Tokens tokens,
      NameModel.Found name,
      boolean[] taken,
      List<Candidate> out,
      PlaceResolver.Context context) {
    if (name.type().equals(NameTypes.PERSON)) {
      take(out, taken, Candidate.of(EntityType.PERSON, tokens, name.from(), name.to()));
    } else {
      takeOrganisation(tokens, name.from(), name.to(), taken, out, context);
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
            && !(PlaceGazetteer.anyCountry(exact.readings())
                ? people.byTitle(tokens, name)
                : people.byContext(tokens, name))
            && placeOutweighsName(tokens, exact, name, context)) {
          continue; // the place pass below keeps the place reading
        }
        if (name.type().equals(NameTypes.PERSON)) {
          people.add(tokens, name.from(), name.to(), taken, out, context);
        } else {
          takeOrganisation(tokens, name.from(), name.to(), taken, out, context);
        }
      }
    }
  }

  /**
   * "Rome, Florence and Bologna": a place name joined by a comma or "and" to another that is no
   * ordinary word is listed with places, though alone it might be a person ("Florence").
   */
  private boolean listedWithPlaces(
      List<PlaceGazetteer.Match> places, Tokens tokens, PlaceGazetteer.Match m) {
    if (m.to() < tokens.size() && tokens.isCapitalised(m.to())) {
      return false; // "Russian and Central Asian gas"
    }
    for (PlaceGazetteer.Match other : places) {
      boolean before = other.to() == m.from() - 1;
      boolean after = other.from() == m.to() + 1;
      if ((before || after)
          && LIST_JOINS.contains(tokens.word(before ? other.to() : m.to()))
          && !resolver.isCommonWord(tokens.span(other.from(), other.to()))
          && other.readings().stream().anyMatch(r -> !r.demonym())) {
        return true;
      }
    }
    return false;
  }

  /** Gazetteer places the context makes plausible. */
  private void takeGazetteerPlaces(
      FieldView view, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    Tokens tokens = view.tokens();
    for (PlaceGazetteer.Match m : view.places()) {
      if (!anyTaken(taken, m.from(), m.to()) && !insideLongerPlace(view.names(), m)) {
        boolean modelPlace =
            modelSays(view.names(), m.from(), m.to(), NameTypes.PLACE)
                || listedWithPlaces(view.places(), tokens, m);
        if (resolver.plausible(tokens, m.from(), m.to(), m.readings(), modelPlace)) {
          boolean maybeSurname =
              modelSays(view.names(), m.from(), m.to(), NameTypes.PERSON)
                  || m.to() - m.from() == 1 && !resolver.afterPreposition(tokens, m.from());
          take(out, taken, resolver.candidate(tokens, m, context, maybeSurname));
        }
      }
    }
  }

  /**
   * Places named beside a place noun (see {@link PlaceNouns#find}), with the gazetteer's reading
   * where it knows the name whole ("the city of Van" is the Turkish city), else the country of a
   * country or region named inside it ("Pennsylvania Avenue": US), before its closing word. A city
   * inside says less: the Santiago Bernabeu stadium is in Madrid, not Chile.
   */
  private void takePlaceNouns(
      FieldView view,
      boolean[] taken,
      List<Candidate> out,
      PlaceResolver.Context context,
      boolean overNames) {
    Tokens tokens = view.tokens();
    for (int[] place : placeNouns.find(tokens, taken, overNames)) {
      PlaceGazetteer.Match known = exactMatch(view.places(), place[0], place[1]);
      // "Tampa Bay": the closing word says what kind of place it is, not where (Bay is in Somalia)
      int nameEnd = placeNouns.isHead(tokens.word(place[1] - 1)) ? place[1] - 1 : place[1];
      take(
          out,
          taken,
          known != null
              ? resolver.candidate(tokens, known, context, false)
              : new Candidate(
                  EntityType.PLACE,
                  tokens,
                  place[0],
                  place[1],
                  null,
                  false,
                  innerCountry(view.places(), place[0], nameEnd, tokens, context, true)));
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
                innerCountry(view.places(), name.from(), name.to(), tokens, context, false)));
      }
    }
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
    while (from < to && NameSpans.isPossessive(tokens.word(from))) {
      from++; // whichever pass cut the owner off "Swift 's Eras Tour", "Eras Tour" is left
    }
    if (from == to || anyTaken(taken, from, to)) {
      return;
    }
    take(out, taken, Candidate.of(EntityType.ORGANISATION, tokens, from, to));
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

  /**
   * The country of the first place the gazetteer knows inside tokens {@code [from, to)}, or with
   * {@code regionsOnly} of the first country or region: a city inside a venue's or street's name
   * says less ("Santiago Bernabeu" is not in Chile).
   */
  private String innerCountry(
      List<PlaceGazetteer.Match> places,
      int from,
      int to,
      Tokens tokens,
      PlaceResolver.Context context,
      boolean regionsOnly) {
    for (PlaceGazetteer.Match m : places) {
      if (m.from() >= from && m.to() <= to) {
        PlaceGazetteer.Reading reading = resolver.choose(tokens, m, context);
        Place place = reading.place();
        // "Latin America", "South America": another name of a country, inside, says nothing
        boolean aliasInside = reading.altName() && m.from() > from;
        if (!aliasInside && (!regionsOnly || place.kind() != Place.Kind.CITY)) {
          return place.countryCode();
        }
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
