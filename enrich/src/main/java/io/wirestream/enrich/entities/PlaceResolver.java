package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among the readings of a place name by context: the reading's prior (countries over
 * regions over cities, larger cities first), the other places the document names (a document naming
 * Atlanta makes "Georgia" the US state; one naming Tbilisi makes it the country), and cue words
 * around the mention ("governor", "state of" vs "president", "embassy"). Place names that are also
 * ordinary words ("Reading", "Nice") need locative context to count at all.
 */
final class PlaceResolver {

  private static final int CUE_WINDOW = 3;
  private static final double CUE_BONUS = 4;
  private static final double COUNTRY_VOTE_CAP = 6;
  private static final double REGION_VOTE_WEIGHT = 3;
  private static final double REGION_VOTE_CAP = 6;
  private static final double CITY_VOTE = 2;
  private static final double COUNTRY_VOTE = 1;

  /** How much likelier (in prior, a tenfold population) a city must be than a namesake abroad. */
  private static final double DOMINANT_CITY_MARGIN = 1.0;

  private final Map<String, Place.Kind> cues;
  private final Set<String> commonWords;
  private final Set<String> prepositions;

  PlaceResolver(Map<String, Place.Kind> cues, Set<String> commonWords, Set<String> prepositions) {
    this.cues = cues;
    this.commonWords = commonWords;
    this.prepositions = prepositions;
  }

  static PlaceResolver load() {
    Map<String, Place.Kind> cues = new HashMap<>();
    for (String line : WordLists.lines("place-cues.tsv")) {
      String[] kv = line.split("\t");
      cues.put(kv[1], Place.Kind.valueOf(kv[0]));
    }
    Set<String> common = new HashSet<>(WordLists.lines("common-words.txt"));
    common.addAll(WordLists.lines("common-words-extra.txt"));
    return new PlaceResolver(
        cues, common, new HashSet<>(WordLists.lines("place-prepositions.txt")));
  }

  /** What the rest of the document says about where it is: votes per country and per region. */
  static final class Context {
    final Map<String, Double> countryVotes = new HashMap<>();
    final Map<String, Double> regionVotes = new HashMap<>();

    /**
     * Counts a match when all its readings agree on the country, or when they are all cities and
     * one is far the likeliest ("Los Angeles" against Chile's Los Ángeles); other ambiguous names
     * prove nothing.
     */
    void add(List<PlaceGazetteer.Reading> readings) {
      Place best = readings.get(0).place();
      for (PlaceGazetteer.Reading r : readings) {
        if (r.place().prior() > best.prior()) {
          best = r.place();
        }
      }
      String country = best.countryCode();
      for (PlaceGazetteer.Reading r : readings) {
        Place p = r.place();
        boolean outweighed =
            best.kind() == Place.Kind.CITY
                && p.kind() == Place.Kind.CITY
                && best.prior() - p.prior() >= DOMINANT_CITY_MARGIN;
        if (!p.countryCode().equals(country) && !outweighed) {
          return;
        }
      }
      countryVotes.merge(
          country, best.kind() == Place.Kind.COUNTRY ? COUNTRY_VOTE : CITY_VOTE, Double::sum);
      if (best.regionCode() != null) {
        regionVotes.merge(best.regionCode(), 1.0, Double::sum);
      }
    }
  }

  boolean isCommonWord(String word) {
    return commonWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the form at {@code [from, to)} may be a place here (ordinary words need context). */
  boolean plausible(
      Tokens tokens,
      int from,
      int to,
      List<PlaceGazetteer.Reading> readings,
      boolean modelSaysPlace) {
    // opening a sentence, a common word is capitalised whatever it is, and the model's reading of
    // it says little ("Reading is a popular hobby")
    if (to - from > 1
        || modelSaysPlace && !tokens.sentenceStarts[from]
        || !commonWords.contains(tokens.word(from).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (PlaceGazetteer.anyCountry(readings)) {
      return true;
    }
    boolean beforeComma =
        to + 1 < tokens.size() && tokens.word(to).equals(",") && tokens.isCapitalised(to + 1);
    return afterPreposition(tokens, from) || beforeComma;
  }

  /** "in Reading", "near Bath": the word before marks a location. */
  boolean afterPreposition(Tokens tokens, int from) {
    return from > 0 && prepositions.contains(tokens.word(from - 1));
  }

  /**
   * The match as a place mention in its likeliest reading; {@code maybeSurname} when the name may
   * be a person's after all (a demonym never is).
   */
  Candidate candidate(
      Tokens tokens, PlaceGazetteer.Match match, Context context, boolean maybeSurname) {
    PlaceGazetteer.Reading reading = choose(tokens, match, context);
    Place place = reading.place();
    return new Candidate(
        EntityType.PLACE,
        tokens,
        match.from(),
        match.to(),
        place,
        reading.demonym(),
        place.countryCode(),
        maybeSurname && !reading.demonym());
  }

  /** The likeliest reading of a match in this document. */
  PlaceGazetteer.Reading choose(Tokens tokens, PlaceGazetteer.Match match, Context context) {
    List<PlaceGazetteer.Reading> readings = match.readings();
    if (readings.size() == 1) {
      return readings.get(0);
    }
    Place.Kind cue = cueNear(tokens, match.from(), match.to());
    // the form is spelled out only where a country is among the readings, as few are
    String form =
        PlaceGazetteer.anyCountry(readings) ? tokens.span(match.from(), match.to()) : null;
    boolean countryByName =
        form != null
            && readings.stream()
                .anyMatch(
                    r -> r.place().kind() == Place.Kind.COUNTRY && r.place().name().equals(form));
    PlaceGazetteer.Reading best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PlaceGazetteer.Reading r : readings) {
      Place p = r.place();
      if (countryByName && !p.name().equals(form)) {
        continue; // "Mexico" names the country, though Mexico City is also called so
      }
      double score =
          p.prior()
              + Math.min(COUNTRY_VOTE_CAP, context.countryVotes.getOrDefault(p.countryCode(), 0.0))
              + (p.regionCode() == null
                  ? 0
                  : Math.min(
                      REGION_VOTE_CAP,
                      REGION_VOTE_WEIGHT * context.regionVotes.getOrDefault(p.regionCode(), 0.0)))
              + (cue == p.kind() ? CUE_BONUS : 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  private Place.Kind cueNear(Tokens tokens, int from, int to) {
    for (int d = 1; d <= CUE_WINDOW; d++) {
      Place.Kind after = to - 1 + d < tokens.size() ? cues.get(tokens.word(to - 1 + d)) : null;
      if (after != null) {
        return after;
      }
      Place.Kind before = from - d >= 0 ? cues.get(tokens.word(from - d)) : null;
      if (before != null) {
        return before;
      }
    }
    return null;
  }
}
