package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the datelines {@link DatelineFinder} finds into place mentions, read through the gazetteer
 * in upper case and, when the dateline names one, in its country or state.
 */
final class DatelinePlaces {

  private final DatelineFinder finder = new DatelineFinder();
  private final PlaceGazetteer gazetteer;
  private final PlaceResolver resolver;

  DatelinePlaces(PlaceGazetteer gazetteer, PlaceResolver resolver) {
    this.gazetteer = gazetteer;
    this.resolver = resolver;
  }

  /**
   * "PORTO ALEGRE, Brazil —": the upper-case words of a dateline are a place, read in the country
   * or state that follows them when there is one. They are never left to the name finder; a
   * dateline the gazetteers cannot place is taken without a mention.
   */
  void take(Tokens tokens, boolean[] taken, List<Candidate> out, PlaceResolver.Context context) {
    for (DatelineFinder.Dateline d : finder.find(tokens)) {
      List<PlaceGazetteer.Reading> readings =
          gazetteer.readingsIgnoringCase(tokens, d.from(), d.to());
      Place qualifier = null;
      if (d.qualifierFrom() >= 0) {
        PlaceGazetteer.Match q = gazetteer.longestMatch(tokens, d.qualifierFrom());
        if (q != null && q.to() == d.qualifierTo()) {
          qualifier = resolver.choose(tokens, q, context).place();
        }
      }
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
    }
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
        if (within && (best == null || p.prior() > best.prior())) {
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
