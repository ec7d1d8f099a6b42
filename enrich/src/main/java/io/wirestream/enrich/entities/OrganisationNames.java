package io.wirestream.enrich.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of well-known organisations ("Hamas", "NATO", "World Health Organization", "Reuters"),
 * counted in the training text of the name finder: names labelled as organisations often, and
 * seldom as anything else or left unlabelled where they stand alone. The tagger takes such a name
 * as an organisation where it stands as a name of its own, whatever the name finder read there.
 * Immutable.
 */
final class OrganisationNames {

  static final String FILE = "organisation-names.txt";

  /** Organisations of international news written down for the project, beside the counted ones. */
  static final String WELL_KNOWN = "organisations-well-known.txt";

  /** Times a name must be labelled an organisation in the training text. */
  static final int MIN_COUNT = 5;

  /** The share of a name's standing-alone occurrences that must be labelled organisation. */
  static final double MIN_SHARE = 0.75;

  /** Lower-case words an organisation's name may hold ("Bank of England", "Lord 's Army"). */
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "and", "&", "the", "de", "'s", "'", "on");

  /** Tokens joined by single spaces, as the tokenizer splits them. */
  private final Set<String> names;

  /** Every proper prefix of a name, so that a search stops as soon as nothing can follow. */
  private final Set<String> prefixes;

  OrganisationNames(Collection<String> names, TextTokenizer tokenizer) {
    this.names = new HashSet<>();
    this.prefixes = new HashSet<>();
    for (String name : names) {
      Tokens tokens = tokenizer.tokenize("name", name);
      StringBuilder form = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) {
          prefixes.add(form.toString());
          form.append(' ');
        }
        form.append(tokens.word(i));
      }
      this.names.add(form.toString());
    }
  }

  static OrganisationNames load(TextTokenizer tokenizer) {
    List<String> names = new ArrayList<>(WordLists.lines(FILE));
    names.addAll(WordLists.lines(WELL_KNOWN));
    return new OrganisationNames(names, tokenizer);
  }

  /** The end of the longest known name that starts at token {@code from}, or -1. */
  int matchEnd(Tokens tokens, int from) {
    String first = tokens.word(from);
    // Names are written with capitals as listed; a lower-case word matches none and costs one
    // lookup
    int end = names.contains(first) ? from + 1 : -1;
    if (!prefixes.contains(first)) {
      return end;
    }
    StringBuilder form = new StringBuilder(first);
    for (int to = from + 2; to <= tokens.size(); to++) {
      String key = form.append(' ').append(tokens.word(to - 1)).toString();
      if (names.contains(key)) {
        end = to;
      }
      if (!prefixes.contains(key)) {
        break;
      }
    }
    return end;
  }

  private static boolean hasCapital(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts the non-held-out part of the training corpora and writes the list to {@code out}. Left
   * out, as no names of organisations whatever a corpus's slips say: names the gazetteer knows as
   * places or that join places ("India and Pakistan"), names holding a title ("General Gotovina")
   * or ending in an event word ("Nobel Prize"), phrases with ordinary lower-case words, and single
   * words also written in lower case ("Army", "Bank").
   */
  static void compile(Path dataDir, Path out, GivenNames givenNames) throws IOException {
    TitleMatcher titles = TitleMatcher.load();
    PlaceGazetteer gazetteer = PlaceGazetteer.load(TextTokenizer.load());
    Set<String> eventWords = new HashSet<>(WordLists.lines("event-words.txt"));
    List<LabelledCorpus.Item> items = LabelledCorpus.trainingItems(dataDir);
    Map<String, Integer> asOrganisation = new HashMap<>();
    Map<String, Integer> elsewhere = new HashMap<>();
    Set<String> lowerCase = new HashSet<>();
    for (LabelledCorpus.Item item : items) {
      for (LabelledCorpus.GoldMention m : item.mentions()) {
        String text = withoutArticle(m.text());
        (m.type().equals("ORGANISATION") ? asOrganisation : elsewhere).merge(text, 1, Integer::sum);
      }
      for (String word : item.body().split(" ")) {
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
          lowerCase.add(word);
        }
      }
    }
    Set<String> candidates = new HashSet<>();
    asOrganisation.forEach(
        (name, count) -> {
          if (count >= MIN_COUNT) {
            candidates.add(name);
          }
        });
    countElsewhere(items, candidates, elsewhere);
    Set<String> kept = new TreeSet<>();
    for (String name : candidates) {
      int count = asOrganisation.get(name);
      List<String> words = Arrays.asList(name.split(" "));
      if (count >= MIN_SHARE * (count + elsewhere.getOrDefault(name, 0))
          && isNameShape(words)
          && !holdsTitle(titles, words)
          && words.stream().noneMatch(givenNames::contains)
          && !eventWords.contains(words.get(words.size() - 1))
          && !(words.size() == 1
              && !isAcronym(name)
              && lowerCase.contains(name.toLowerCase(Locale.ROOT)))
          && !isPlaces(gazetteer, words)) {
        kept.add(name);
      }
    }
    WordLists.write(
        out,
        "# Organisation names, counted in the training text of the name finder (GMB, WikiGold):"
            + " labelled\n# organisation at least "
            + MIN_COUNT
            + " times and in at least "
            + Math.round(MIN_SHARE * 100)
            + "% of the places they stand (inside a longer organisation's\n# name not counted)."
            + " Tokens joined by spaces.",
        kept);
  }

  /** "WHO" is not "who": capitals only, two or more, dots and digits aside. */
  private static boolean isAcronym(String word) {
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      capitals += Character.isUpperCase(c) ? 1 : 0;
    }
    return capitals >= 2;
  }

  private static boolean holdsTitle(TitleMatcher titles, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (titles.titleLength(words, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** "West Bank", "India and Pakistan": every part between connectors is a known place. */
  private static boolean isPlaces(PlaceGazetteer gazetteer, List<String> words) {
    StringBuilder part = new StringBuilder();
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || CONNECTORS.contains(words.get(i))) {
        if (part.isEmpty() || gazetteer.readings(part.toString()).isEmpty()) {
          return false;
        }
        part.setLength(0);
      } else {
        part.append(part.isEmpty() ? "" : " ").append(words.get(i));
      }
    }
    return true;
  }

  /** "The Associated Press" is counted as "Associated Press", as the tagger reports it. */
  private static String withoutArticle(String text) {
    return text.startsWith("The ") ? text.substring(4) : text;
  }

  /** A letter opens it, and each word holds a capital or is a connector ("al-Qaida" included). */
  private static boolean isNameShape(List<String> words) {
    if (!Character.isLetter(words.get(0).charAt(0)) || !hasCapital(words.get(0))) {
      return false;
    }
    for (String word : words) {
      if (!hasCapital(word) && !CONNECTORS.contains(word)) {
        return false;
      }
    }
    return !CONNECTORS.contains(words.get(words.size() - 1));
  }

  /**
   * Adds to {@code elsewhere} each candidate's occurrences that are not a labelled mention of their
   * own: unlabelled, across a mention's edge, or inside a longer mention other than an
   * organisation's ("Vladimir Putin" counts against "Putin", "U.S. Army" not against "Army").
   */
  private static void countElsewhere(
      List<LabelledCorpus.Item> items, Set<String> candidates, Map<String, Integer> elsewhere) {
    int longest = 1;
    for (String c : candidates) {
      longest = Math.max(longest, c.split(" ").length);
    }
    for (LabelledCorpus.Item item : items) {
      String[] words = item.body().split(" ");
      int[] mention = mentionOfWords(item, words);
      for (int from = 0; from < words.length; from++) {
        StringBuilder form = new StringBuilder();
        for (int to = from; to < words.length && to - from < longest; to++) {
          form.append(to > from ? " " : "").append(words[to]);
          String name = form.toString();
          if (candidates.contains(name) && !ownOrInsideOrganisation(item, mention, from, to + 1)) {
            elsewhere.merge(name, 1, Integer::sum);
          }
        }
      }
    }
  }

  private static boolean ownOrInsideOrganisation(
      LabelledCorpus.Item item, int[] mention, int from, int to) {
    int m = mention[from];
    for (int i = from; i < to; i++) {
      if (mention[i] != m) {
        return false;
      }
    }
    if (m < 0) {
      return false;
    }
    boolean own =
        (from == 0 || mention[from - 1] != m) && (to == mention.length || mention[to] != m);
    return own || item.mentions().get(m).type().equals("ORGANISATION");
  }

  /** By word, the index of the labelled mention covering it, or -1. */
  private static int[] mentionOfWords(LabelledCorpus.Item item, String[] words) {
    int[] mention = new int[words.length];
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      int end = offset + words[i].length();
      mention[i] = -1;
      for (int k = 0; k < item.mentions().size(); k++) {
        LabelledCorpus.GoldMention m = item.mentions().get(k);
        if (m.begin() < end && m.end() > offset) {
          mention[i] = k;
        }
      }
      offset = end + 1;
    }
    return mention;
  }
}
