package io.wirestream.ingest.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a wire-style dateline at the start of a story: a place in capitals, optionally a
 * region, a date ("April 17", "17 April", "Jan. 5, 2024") and an agency in parentheses, closed by a
 * dash. Examples: "BAKU, Azerbaijan (AP) —", "LONDON, April 17 (Reuters) -", "WASHINGTON —". Month
 * names come from {@code months.properties}. Immutable and thread-safe.
 */
public final class DatelineParser {

  private static final String CAPS_WORD = "[\\p{Lu}][\\p{Lu}'’.\\-]*";
  private static final String TITLE_WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>"
              + CAPS_WORD
              + "(?: "
              + CAPS_WORD
              + "){0,4}"
              + "(?:,\\s*"
              + TITLE_WORD
              + "(?: "
              + TITLE_WORD
              + "){0,3}){0,2}?)"
              + "(?:,?\\s+(?:(?<month>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2})"
              + "|(?<day2>\\d{1,2})\\s+(?<month2>\\p{L}{3,9})\\.?)(?:,?\\s+(?<year>\\d{4}))?)?"
              + "(?:\\s*\\((?<agency>[\\p{L}][\\p{L}\\d .&/-]{0,30})\\))?"
              + "\\s*(?<dash>—|–|--|-)(?=\\s|$)");
  private static final int MIN_PLACE_LETTERS = 3;

  private static final DatelineParser DEFAULTS = new DatelineParser(loadMonths());

  private final Map<String, Integer> months;

  DatelineParser(Map<String, Integer> months) {
    this.months = Map.copyOf(months);
  }

  public static DatelineParser defaults() {
    return DEFAULTS;
  }

  /** Finds a dateline at the very start of the text (leading spaces ignored). */
  public Optional<Dateline> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String start = text.stripLeading();
    Matcher m = DATELINE.matcher(start.length() > 300 ? start.substring(0, 300) : start);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String place = m.group("place").strip();
    if (letters(place) < MIN_PLACE_LETTERS) {
      return Optional.empty();
    }
    String monthWord = m.group("month") != null ? m.group("month") : m.group("month2");
    String dayText = m.group("day") != null ? m.group("day") : m.group("day2");
    MonthDay monthDay = null;
    int year = 0;
    if (monthWord != null) {
      monthDay = monthDay(monthWord, dayText);
      if (monthDay == null) {
        // A word that is not a month where the date goes: not a dateline we understand.
        return Optional.empty();
      }
      year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
    }
    String agency = m.group("agency");
    if (monthDay == null && agency == null && !place.equals(place.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(m.group().strip(), place, monthDay, year, agency));
  }

  private MonthDay monthDay(String monthWord, String dayText) {
    Integer month = months.get(monthWord.toLowerCase(Locale.ROOT));
    if (month == null || dayText == null) {
      return null;
    }
    try {
      return MonthDay.of(month, Integer.parseInt(dayText));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static Map<String, Integer> loadMonths() {
    Properties properties = new Properties();
    try (InputStream in = DatelineParser.class.getResourceAsStream("months.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource months.properties");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Integer> months = new HashMap<>();
    properties.forEach((k, v) -> months.put(k.toString(), Integer.parseInt(v.toString().trim())));
    return months;
  }
}
