package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the datelines {@link DatelineFinder} finds into place mentions, read through the gazetteer
 * in upper case and, when the dateline names one, in its country or state.
 */
final class DatelinePlaces {

  private static final String STATE_ABBREVIATIONS = "us-state-abbreviations.tsv";

  private final DatelineFinder finder = new DatelineFinder();
  private final PlaceGazetteer gazetteer;
  private final PlaceResolver resolver;

  /** AP-style state abbreviations ("Calif.") to the state's place; read in datelines only. */
  private final Map<String, Place> states = new HashMap<>();

  DatelinePlaces(PlaceGazetteer gazetteer, PlaceResolver resolver) {
    this.gazetteer = gazetteer;
    this.resolver = resolver;
    for (String line : WordLists.lines(STATE_ABBREVIATIONS)) {
      String[] f = line.split("\t");
      Place state =
          gazetteer.readings(f[1]).stream()
              .map(PlaceGazetteer.Reading::place)
              .filter(p -> p.kind() == Place.Kind.REGION && p.countryCode().equals("US"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          STATE_ABBREVIATIONS + ": no US state named " + f[1]));
      states.put(f[0], state);
    }
  }

  /**
   * The datelines of a field. The story after each opens a sentence ("PORTO ALEGRE, Brazil — Heavy
   * rain ..."), and is marked so: its first word is read as a sentence's first word, not as a name
   * because it is capitalised. Call before the name finder reads the tokens.
   */
  List<DatelineFinder.Dateline> find(Tokens tokens) {
    List<DatelineFinder.Dateline> found = finder.find(tokens);
    for (DatelineFinder.Dateline d : found) {
      if (d.storyFrom() < tokens.size()) {
        tokens.sentenceStarts[d.storyFrom()] = true;
      }
    }
    return found;
  }

  /**
   * Counts the places of the datelines in {@code found} as what the document says about where it
   * is: "LOS ANGELES (AP) — ... Santa Ana winds" is the Californian Santa Ana.
   */
  void addToContext(
      Tokens tokens, List<DatelineFinder.Dateline> found, PlaceResolver.Context context) {
    for (DatelineFinder.Dateline d : found) {
      List<PlaceGazetteer.Reading> places =
          gazetteer.readingsIgnoringCase(tokens, d.from(), d.to()).stream()
              .filter(r -> !r.demonym())
              .toList();
      if (!places.isEmpty()) {
        context.add(places);
      }
    }
  }

  /**
   * "PORTO ALEGRE, Brazil —": the upper-case words of a dateline are a place, read in the country
   * or state that follows them when there is one. They are never left to the name finder; a
   * dateline the gazetteers cannot place is taken without a mention.
   */
  void take(
      Tokens tokens,
      List<DatelineFinder.Dateline> found,
      boolean[] taken,
      List<Candidate> out,
      PlaceResolver.Context context) {
    for (DatelineFinder.Dateline d : found) {
      takeCredit(tokens, d, taken);
      List<PlaceGazetteer.Reading> readings =
          gazetteer.readingsIgnoringCase(tokens, d.from(), d.to());
      Place qualifier = d.qualifierFrom() < 0 ? null : qualifier(tokens, d, context);
      Place place = datelinePlace(tokens, d, readings, qualifier, context);
      Arrays.fill(taken, d.from(), d.to(), true);
      if (place != null) {
        out.add(
            new Candidate(
                EntityType.PLACE, tokens, d.from(), d.to(), place, false, place.countryCode()));
      } else if (qualifier != null) {
        out.add(
            new Candidate(
                EntityType.PLACE, tokens, d.from(), d.to(), null, false, qualifier.countryCode()));
      }
      if (qualifier != null && states.containsKey(abbreviation(tokens, d))) {
        // "Calif." is the state, named here and nowhere else: no pass after this one reads it
        Arrays.fill(taken, d.qualifierFrom(), d.qualifierTo(), true);
        out.add(
            new Candidate(
                EntityType.PLACE,
                tokens,
                d.qualifierFrom(),
                d.qualifierTo(),
                qualifier,
                false,
                qualifier.countryCode()));
      }
    }
  }

  /**
   * The agency credit of a dateline ("(AP)", "(Reuters)") says who filed the story, not what it is
   * about: no later pass reads it as a mention.
   */
  private static void takeCredit(Tokens tokens, DatelineFinder.Dateline d, boolean[] taken) {
    for (int i = d.to(); i < d.storyFrom() && i < tokens.size(); i++) {
      if (tokens.word(i).equals("(")) {
        Arrays.fill(taken, i, Math.min(d.storyFrom(), tokens.size()), true);
        return;
      }
    }
  }

  /** The qualifier as an abbreviation would be written: "Calif." (tokenised "Calif", "."). */
  private static String abbreviation(Tokens tokens, DatelineFinder.Dateline d) {
    String written = tokens.span(d.qualifierFrom(), d.qualifierTo());
    boolean period = d.qualifierTo() < tokens.size() && tokens.word(d.qualifierTo()).equals(".");
    return written.endsWith(".") || !period ? written : written + ".";
  }

  /** The country or state after the comma: a gazetteer name, or a state abbreviation. */
  private Place qualifier(Tokens tokens, DatelineFinder.Dateline d, PlaceResolver.Context context) {
    PlaceGazetteer.Match q = gazetteer.longestMatch(tokens, d.qualifierFrom());
    if (q != null && q.to() == d.qualifierTo()) {
      return resolver.choose(tokens, q, context).place();
    }
    return states.get(abbreviation(tokens, d));
  }

  /** The reading that lies in the qualifying country or state, else the likeliest in context. */
  private Place datelinePlace(
      Tokens tokens,
      DatelineFinder.Dateline d,
      List<PlaceGazetteer.Reading> readings,
      Place qualifier,
      PlaceResolver.Context context) {
    List<PlaceGazetteer.Reading> places = readings.stream().filter(r -> !r.demonym()).toList();
    if (places.isEmpty()) {
      return null;
    }
    if (qualifier != null) {
      Place best = null;
      for (PlaceGazetteer.Reading r : places) {
        Place p = r.place();
        boolean within =
            qualifier.kind() == Place.Kind.COUNTRY
                ? p.countryCode().equals(qualifier.countryCode())
                : qualifier.regionCode() != null && qualifier.regionCode().equals(p.regionCode());
        boolean itself = p.id().equals(qualifier.id()); // "NEW YORK, N.Y.": the city
        if (within && !itself && (best == null || p.prior() > best.prior())) {
          best = p;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return resolver
        .choose(tokens, new PlaceGazetteer.Match(d.from(), d.to(), places), context)
        .place();
  }
}
