package io.wirestream.enrich.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the temporal rules work from, loaded once from the tab-separated resources beside
 * this class (months.tsv, weekdays.tsv, numbers.tsv, units.tsv ...). Immutable after construction.
 */
final class Lexicon {

  record Month(int number, boolean ambiguous) {}

  record Weekday(int isoDay, boolean plural, boolean abbreviation) {}

  record NumberWord(int value, String kind) {
    boolean cardinal() {
      return kind.equals("cardinal");
    }

    boolean ordinal() {
      return kind.equals("ordinal");
    }
  }

  record UnitWord(Unit unit, boolean plural) {}

  record Season(String code, int firstMonth, boolean ambiguous, boolean plural) {}

  record DayPart(String code, int startHour, int endHour, boolean plural) {}

  record Modifier(String mod, String appliesTo) {
    boolean appliesTo(io.wirestream.avro.TimexType type) {
      return appliesTo.equals("ANY")
          || (appliesTo.equals("DURATION")
              ? type == io.wirestream.avro.TimexType.DURATION
              : type != io.wirestream.avro.TimexType.DURATION);
    }
  }

  enum Direction {
    PAST,
    FUTURE
  }

  final Map<String, Month> months = new HashMap<>();
  final Map<String, Weekday> weekdays = new HashMap<>();
  final Map<String, NumberWord> numbers = new HashMap<>();
  final Map<String, UnitWord> units = new HashMap<>();
  final Map<String, Season> seasons = new HashMap<>();
  final Map<String, DayPart> dayParts = new HashMap<>();
  final PhraseTable<Modifier> modifiers = new PhraseTable<>();
  final PhraseTable<String> suffixModifiers = new PhraseTable<>();
  final PhraseTable<String> references = new PhraseTable<>();
  final PhraseTable<HolidayRules.DateRule> holidays = new PhraseTable<>();
  final Map<String, String> frequencies = new HashMap<>();
  final Map<String, Integer> timeZones = new HashMap<>();
  final Map<String, Direction> tenseCues = new HashMap<>();

  /** Which subject a plan verb that doubles as a noun ("polls close", "the close") needs. */
  enum PlanSubject {
    /** A plural noun or pronoun: "polls close", "they meet". */
    PLURAL,
    /** A name or singular pronoun: "Arsenal plays", not "key plays". */
    SINGULAR,
    /** Any subject. */
    ANY
  }

  /**
   * Present-tense plan verbs that double as nouns or adjectives: cues only where a verb can stand,
   * after the subject they need.
   */
  final Map<String, PlanSubject> ambiguousPlanVerbs = new HashMap<>();

  final Set<String> countNouns = new HashSet<>();

  /** Nouns that make a month and day before them a past event ("the Oct. 7 attacks"). */
  final Set<String> pastEvents = new HashSet<>();

  /** Singular measures that make a number before a hyphen a count ("the 1500-meter race"). */
  final Set<String> hyphenMeasures = new HashSet<>();

  /**
   * Words after a weekday that make it part of a name or title ("The Sunday Times", "the Friday
   * prayer leader"); the value says whether the first of them must be capitalised.
   */
  final PhraseTable<Boolean> weekdayNames = new PhraseTable<>();

  /**
   * Names and set phrases that hold a time word but name no time ("Last Week Tonight", "the Winter
   * Olympics", "the late-night host"); the value says whether they count only when capitalised.
   */
  final PhraseTable<Boolean> titles = new PhraseTable<>();

  /** Lower-case ASCII initials of the first words of {@link #titles}, to skip other words fast. */
  final boolean[] titleInitials = new boolean[128];

  /** Words that may start an expression; everything else is skipped without trying rules. */
  final Set<String> triggers = new HashSet<>();

  /** All of the above as one table the tokenizer looks words up in without making strings. */
  Vocabulary vocabulary;

  static Lexicon load() {
    Lexicon lex = new Lexicon();
    for (String[] r : read("months.tsv")) {
      lex.months.put(r[0], new Month(Integer.parseInt(r[1]), flag(r, 2, "ambiguous")));
    }
    for (String[] r : read("weekdays.tsv")) {
      lex.weekdays.put(
          r[0],
          new Weekday(Integer.parseInt(r[1]), flag(r, 2, "plural"), flag(r, 2, "abbreviation")));
    }
    for (String[] r : read("numbers.tsv")) {
      lex.numbers.put(r[0], new NumberWord(Integer.parseInt(r[1]), r[2]));
    }
    for (String[] r : read("units.tsv")) {
      lex.units.put(r[0], new UnitWord(Unit.valueOf(r[1]), flag(r, 2, "plural")));
    }
    for (String[] r : read("seasons.tsv")) {
      lex.seasons.put(
          r[0],
          new Season(r[1], Integer.parseInt(r[2]), flag(r, 3, "ambiguous"), flag(r, 3, "plural")));
    }
    for (String[] r : read("dayparts.tsv")) {
      lex.dayParts.put(
          r[0],
          new DayPart(r[1], Integer.parseInt(r[2]), Integer.parseInt(r[3]), flag(r, 4, "plural")));
    }
    for (String[] r : read("modifiers.tsv")) {
      lex.modifiers.add(r[0], new Modifier(r[1], r[2]));
    }
    for (String[] r : read("suffix-modifiers.tsv")) {
      lex.suffixModifiers.add(r[0], r[1]);
    }
    for (String[] r : read("references.tsv")) {
      lex.references.add(r[0], r[1]);
    }
    for (String[] r : read("holidays.tsv")) {
      lex.holidays.add(r[0], HolidayRules.DateRule.parse(r[1]));
    }
    for (String[] r : read("frequencies.tsv")) {
      lex.frequencies.put(r[0], r[1]);
    }
    for (String[] r : read("timezones.tsv")) {
      lex.timeZones.put(r[0], Integer.parseInt(r[1]));
    }
    for (String[] r : read("tense.tsv")) {
      lex.tenseCues.put(r[0], Direction.valueOf(r[1]));
      if (r.length > 2) {
        lex.ambiguousPlanVerbs.put(
            r[0],
            PlanSubject.valueOf(r[2].equals("ambiguous") ? "ANY" : r[2].toUpperCase(Locale.ROOT)));
      }
    }
    for (String[] r : read("past-events.tsv")) {
      lex.pastEvents.add(r[0]);
    }
    for (String[] r : read("count-nouns.tsv")) {
      (flag(r, 1, "hyphen") ? lex.hyphenMeasures : lex.countNouns).add(r[0]);
    }
    for (String[] r : read("titles.tsv")) {
      lex.titles.add(r[0].toLowerCase(Locale.ROOT), flag(r, 1, "capitalised"));
      lex.titleInitials[Character.toLowerCase(r[0].charAt(0)) & 127] = true;
    }
    for (String[] r : read("weekday-names.tsv")) {
      lex.weekdayNames.add(r[0], flag(r, 1, "capitalised"));
    }
    lex.collectTriggers();
    lex.vocabulary =
        Vocabulary.of(
            lex,
            List.of(
                lex.months,
                lex.weekdays,
                lex.numbers,
                lex.units,
                lex.seasons,
                lex.dayParts,
                lex.frequencies,
                lex.timeZones,
                lex.tenseCues));
    return lex;
  }

  /**
   * Words that carry time by themselves (month, weekday, unit, number words ...). A function word
   * such as "the" or "about" is only worth trying when one of these follows closely.
   */
  final Set<String> coreWords = new HashSet<>();

  private void collectTriggers() {
    coreWords.addAll(months.keySet());
    coreWords.addAll(weekdays.keySet());
    coreWords.addAll(numbers.keySet());
    coreWords.addAll(units.keySet());
    coreWords.addAll(seasons.keySet());
    coreWords.addAll(dayParts.keySet());
    coreWords.addAll(frequencies.keySet());
    coreWords.addAll(
        List.of(
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "noon",
            "midnight",
            "midday",
            "midyear",
            "midweek",
            "midmonth",
            "overnight",
            "now",
            "currently",
            "current",
            "recently",
            "recent",
            "future",
            "past",
            "present",
            "soon",
            "someday",
            "lately",
            "nowadays",
            "presently",
            "term",
            "days",
            "fiscal",
            "eighties",
            "nineties",
            "seventies",
            "sixties",
            "fifties",
            "forties",
            "thirties",
            "twenties",
            "while",
            "later",
            "date",
            "period"));
    triggers.addAll(months.keySet());
    triggers.addAll(weekdays.keySet());
    triggers.addAll(numbers.keySet());
    triggers.addAll(units.keySet());
    triggers.addAll(seasons.keySet());
    triggers.addAll(dayParts.keySet());
    triggers.addAll(modifiers.firstWords());
    triggers.addAll(references.firstWords());
    triggers.addAll(holidays.firstWords());
    // a one-word holiday carries the time itself ("Christmas"); longer names have a core word
    // ("day", "year") the scan filter finds
    for (String first : holidays.firstWords()) {
      if (!coreWords.contains(first) && holidays.singleWord(first)) {
        coreWords.add(first);
      }
    }
    triggers.addAll(frequencies.keySet());
    // Words that open relative, set and spelled-out expressions.
    triggers.addAll(
        List.of(
            "the",
            "a",
            "an",
            "this",
            "that",
            "last",
            "next",
            "past",
            "coming",
            "previous",
            "following",
            "these",
            "those",
            "every",
            "each",
            "per",
            "once",
            "twice",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "overnight",
            "noon",
            "midnight",
            "midday",
            "midyear",
            "midweek",
            "midmonth",
            "fiscal",
            "year",
            "its",
            "their",
            "his",
            "her",
            "our",
            "'",
            "mid",
            "recent",
            "half",
            "nineteen",
            "eighteen",
            "two",
            "twenty",
            "while",
            "weekend",
            "eighties",
            "nineties",
            "seventies",
            "sixties",
            "fifties",
            "forties",
            "thirties",
            "twenties",
            "latest",
            "same",
            "comparable",
            "corresponding",
            // period codes "Q3", "H1 2024", "FY2024"
            "q",
            "h",
            "fy"));
  }

  private static boolean flag(String[] row, int index, String name) {
    return row.length > index && row[index].equals(name);
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "temporal rule resource missing from classpath: "
                + Lexicon.class.getPackageName().replace('.', '/')
                + "/"
                + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int k = 0; k < cols.length; k++) {
          cols[k] = cols[k].trim();
        }
        if (cols[0].isEmpty()) {
          throw new IllegalStateException(name + " line " + lineNo + ": empty first column");
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read temporal rule resource " + name, e);
    }
    return rows;
  }
}
