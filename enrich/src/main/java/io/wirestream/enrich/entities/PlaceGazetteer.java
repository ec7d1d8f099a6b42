package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every bundled surface form of a place (names, exonyms, ASCII spellings, demonyms) mapped to the
 * places it may denote, with the longest-match lookup the tagger runs over tokens. Forms are stored
 * tokenised with {@link TextTokenizer} and joined by single spaces, so "U.S." and "Côte d'Ivoire"
 * match however the text spaces them. Immutable after loading.
 */
final class PlaceGazetteer {

  /** One reading of a surface form. */
  record Reading(Place place, boolean demonym, boolean altName) {}

  /** Whether one of {@code readings} is a country. */
  static boolean anyCountry(List<Reading> readings) {
    for (Reading r : readings) {
      if (r.place().kind() == Place.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** A matched surface form: tokens {@code [from, to)} and its readings. */
  record Match(int from, int to, List<Reading> readings) {}

  /** Remembered for a start where no form begins (compared by identity). */
  private static final Match NO_MATCH = new Match(-1, -1, List.of());

  private static final double COUNTRY_PRIOR = 10;

  /** A region news names by itself ("Darfur"), as known as a region of some 10 million people. */
  private static final double NEWS_REGION_PRIOR = 6.5;

  private static final double ALT_NAME_PENALTY = 1;

  private final Map<String, List<Reading>> byForm;

  /**
   * Every proper token prefix of a multi-token form ("United", "United Arab"), to stop lookups
   * early.
   */
  private final Set<String> prefixes;

  /** The same readings by upper-case form, for names written in capitals ("PORTO ALEGRE"). */
  private final Map<String, List<Reading>> byUpperCaseForm;

  private final Map<String, Place> countries;

  private PlaceGazetteer(
      Map<String, List<Reading>> byForm,
      Map<String, List<Reading>> byUpperCaseForm,
      Set<String> prefixes,
      Map<String, Place> countries) {
    this.byForm = byForm;
    this.byUpperCaseForm = byUpperCaseForm;
    this.prefixes = prefixes;
    this.countries = countries;
  }

  static PlaceGazetteer load(TextTokenizer tokenizer) {
    Builder b = new Builder(tokenizer);
    for (String line : WordLists.lines("countries.tsv")) {
      String[] c = line.split("\t", -1);
      // Dependent territories share demonyms and alt names with their state ("American"):
      // the independent state is the likelier reading.
      double prior = COUNTRY_PRIOR + (c[4].equals("true") ? 0.5 : 0);
      Place place = new Place("country:" + c[0], c[1], Place.Kind.COUNTRY, c[0], null, prior);
      b.countries.put(c[0], place);
      b.add(c[1], place, false, false);
      for (String alt : split(c[2])) {
        b.add(alt, place, false, true);
      }
      for (String demonym : split(c[3])) {
        b.add(demonym, place, true, false);
        if (!demonym.endsWith("s")
            && !demonym.endsWith("ese")
            && !demonym.endsWith("ish")
            && !demonym.endsWith("ch")) {
          b.add(demonym + "s", place, true, false); // "Afghans", "Azerbaijanis"
        }
      }
    }
    for (String line : WordLists.lines("country-names.tsv")) {
      String[] c = line.split("\t", -1);
      Place country = b.countries.get(c[0]);
      if (country == null) {
        throw new IllegalStateException("country-names.tsv: no country " + c[0]);
      }
      for (String name : split(c[1])) {
        b.add(name, country, false, true);
      }
      for (String people : c.length > 2 ? split(c[2]) : List.<String>of()) {
        b.add(people, country, true, false);
      }
    }
    for (String line : WordLists.lines("regions.tsv")) {
      String[] r = line.split("\t", -1);
      double prior = 3 + Math.log10(1 + Long.parseLong(r[4])) / 2;
      Place place =
          new Place("region:" + r[0], shownName(r[2], r[3]), Place.Kind.REGION, r[1], r[0], prior);
      b.add(r[2], place, false, false);
      if (!r[3].isEmpty()) {
        b.add(r[3], place, false, true);
      }
    }
    for (String line : WordLists.lines("news-regions.tsv")) {
      String[] r = line.split("\t", -1);
      Place place =
          new Place("region:news:" + r[0], r[0], Place.Kind.REGION, r[1], null, NEWS_REGION_PRIOR);
      b.add(r[0], place, false, false);
      for (String alt : split(r.length > 2 ? r[2] : "")) {
        b.add(alt, place, false, true);
      }
    }
    for (String line : WordLists.lines("cities.tsv")) {
      String[] c = line.split("\t", -1);
      double prior = Math.log10(Long.parseLong(c[6])) + (c[5].equals("PPLC") ? 1.5 : 0);
      Place place =
          new Place(
              "city:" + c[3] + "." + c[4] + "." + c[0],
              shownName(c[0], c[1]),
              Place.Kind.CITY,
              c[3],
              c[3] + "." + c[4],
              prior);
      b.add(c[0], place, false, false);
      if (!c[1].isEmpty()) {
        b.add(c[1], place, false, true);
      }
      for (String alt : split(c[2])) {
        b.add(alt, place, false, true);
      }
    }
    return new PlaceGazetteer(
        b.byForm, b.byUpperCaseForm, b.prefixes, Collections.unmodifiableMap(b.countries));
  }

  /**
   * A place's canonical name: GeoNames' own spelling, unless it needs letters beyond the Western
   * European accents news copy keeps, where the plain ASCII name is the one wire stories use
   * ("Rafah" for "Rafaḩ", "Lodz" for "Łódź"; "São Paulo" and "Zürich" stay).
   */
  static String shownName(String name, String asciiName) {
    if (asciiName.isEmpty()) {
      return name;
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > '\u00ff') {
        return asciiName;
      }
    }
    return name;
  }

  /** The longest form starting at token {@code from} that begins with a capital letter, or null. */
  Match longestMatch(Tokens tokens, int from) {
    if (!tokens.isCapitalised(from)) {
      return null;
    }
    // Several passes over a text ask about the same tokens: each start is searched once per text.
    Match[] known = tokens.placeMatches(this);
    Match match = known[from];
    if (match == null) {
      match = search(tokens, from);
      known[from] = match == null ? NO_MATCH : match;
    }
    return match == NO_MATCH ? null : match;
  }

  /** Whether tokens {@code [from, to)} are, whole, one form of a known place. */
  boolean isPlace(Tokens tokens, int from, int to) {
    Match place = longestMatch(tokens, from);
    return place != null && place.to() == to;
  }

  private Match search(Tokens tokens, int from) {
    // Most lookups end at the first word, which is looked up as it is, without a copy
    StringBuilder form = null;
    Match best = null;
    for (int to = from + 1; to <= tokens.size(); to++) {
      String key;
      if (to == from + 1) {
        key = tokens.word(from);
      } else {
        if (form == null) {
          form = new StringBuilder(tokens.word(from));
        }
        key = form.append(' ').append(tokens.word(to - 1)).toString();
      }
      List<Reading> readings = byForm.get(key);
      if (readings != null) {
        best = new Match(from, to, readings);
      }
      if (!prefixes.contains(key)) {
        break;
      }
    }
    return best;
  }

  /** Readings of an exact form (tokens joined by single spaces), or an empty list. */
  List<Reading> readings(String form) {
    return byForm.getOrDefault(form, List.of());
  }

  /** Readings of tokens {@code [from, to)} compared in upper case, or an empty list. */
  List<Reading> readingsIgnoringCase(Tokens tokens, int from, int to) {
    String form = String.join(" ", Arrays.asList(tokens.words).subList(from, to));
    return byUpperCaseForm.getOrDefault(form.toUpperCase(Locale.ROOT), List.of());
  }

  Place country(String iso2) {
    return countries.get(iso2);
  }

  int size() {
    return byForm.size();
  }

  private static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    for (String v : cell.split("\\|")) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return values;
  }

  private static final class Builder {
    final TextTokenizer tokenizer;
    final Map<String, List<Reading>> byForm = new HashMap<>();
    final Map<String, List<Reading>> byUpperCaseForm = new HashMap<>();
    final Map<String, Place> countries = new HashMap<>();
    final Set<String> prefixes = new HashSet<>();
    final Set<String> seen = new HashSet<>();

    Builder(TextTokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    void add(String surface, Place place, boolean demonym, boolean altName) {
      Tokens t = tokenizer.tokenize("form", surface);
      if (t.size() == 0 || !Character.isUpperCase(t.word(0).charAt(0))) {
        return;
      }
      String form = String.join(" ", t.words);
      if (!seen.add(form + "\u0000" + place.id())) {
        return; // the same place under the same form twice (name = ASCII name)
      }
      double prior = altName ? place.prior() - ALT_NAME_PENALTY : place.prior();
      Place weighted = prior == place.prior() ? place : place.withPrior(prior);
      Reading reading = new Reading(weighted, demonym, altName);
      byForm.computeIfAbsent(form, k -> new ArrayList<>(1)).add(reading);
      byUpperCaseForm
          .computeIfAbsent(form.toUpperCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(reading);
      StringBuilder prefix = new StringBuilder(t.word(0));
      for (int i = 1; i < t.size(); i++) {
        prefixes.add(prefix.toString());
        prefix.append(' ').append(t.word(i));
      }
    }
  }
}
