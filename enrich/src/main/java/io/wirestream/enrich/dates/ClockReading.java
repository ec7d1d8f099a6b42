package io.wirestream.enrich.dates;

import java.time.LocalTime;
import java.util.Locale;

/**
 * Reads the clock part of a time of day: "6:18 a.m.", "10 p.m.", "noon", "midnight", "14:30", "1300
 * GMT", "six o'clock", and the time zone abbreviation after it. Stateless.
 */
final class ClockReading {

  private ClockReading() {}

  /** The offset of an upper-case time zone abbreviation at token k ("GMT", "EST"), or null. */
  static Integer zoneAt(Cursor c, int k) {
    Integer zone = c.lex.timeZones.get(c.w(k));
    if (zone == null || !c.t(k).text().equals(c.t(k).text().toUpperCase(Locale.ROOT))) {
      return null;
    }
    return zone;
  }

  /** A time of day at token i, or null; {@code end[0]} receives the token after it. */
  static LocalTime clock(Cursor c, int i, int[] end) {
    if (c.isAny(i, "noon", "midday")) {
      end[0] = i + 1;
      return LocalTime.NOON;
    }
    if (c.is(i, "midnight")) {
      end[0] = i + 1;
      return LocalTime.MIDNIGHT;
    }
    // wire-service clock "1300 GMT", "0600 UTC": four digits are a time only with a zone after them
    if (c.digits(i) == 4
        && zoneAt(c, i + 1) != null
        && !(c.adjacent(i) && c.isAny(i - 1, "$", ".", ",", ":"))) {
      int hhmm = c.num(i);
      if (hhmm / 100 > 23 || hhmm % 100 > 59) {
        return null;
      }
      end[0] = i + 1;
      return LocalTime.of(hhmm / 100, hhmm % 100);
    }
    // "six o'clock"
    Token t = c.t(i);
    Lexicon.NumberWord word = t != null && t.isCore() ? c.lex.numbers.get(t.lower()) : null;
    if (word != null
        && word.cardinal()
        && word.value() >= 1
        && word.value() <= 12
        && c.is(i + 1, "o")
        && c.is(i + 2, "'")
        && c.is(i + 3, "clock")) {
      end[0] = i + 4;
      return LocalTime.of(word.value(), 0);
    }
    if (c.digits(i) == 0
        || c.digits(i) > 2
        || (c.adjacent(i) && c.isAny(i - 1, "$", ".", ",", ":"))) {
      return null;
    }
    int hour = c.num(i);
    int minute = 0;
    int k = i + 1;
    boolean colon = false;
    if ((c.is(k, ":") || c.is(k, "."))
        && c.adjacent(k)
        && c.digits(k + 1) == 2
        && c.adjacent(k + 1)) {
      minute = c.num(k + 1);
      k += 2;
      colon = c.is(i + 1, ":");
    }
    int meridiem = meridiem(c, k, end);
    if (meridiem == 0) {
      if (c.is(k, "o") && c.is(k + 1, "'") && c.is(k + 2, "clock")) {
        end[0] = k + 3;
      } else if (colon
          && hour <= 23
          && !(c.adjacent(k) && c.isAny(k, ":", "."))
          && c.digits(k) == 0) {
        end[0] = k;
      } else {
        return null;
      }
    } else if (hour > 12 || hour == 0) {
      return null;
    } else {
      hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    return LocalTime.of(hour, minute);
  }

  /** Whether the clock time in tokens [i, end) says a.m. or p.m. */
  static boolean meridiemStated(Cursor c, int i, int end) {
    int[] ignored = new int[1];
    for (int k = i + 1; k < end; k++) {
      if (meridiem(c, k, ignored) != 0) {
        return true;
      }
    }
    return false;
  }

  /** 1 for a.m., 2 for p.m., 0 for neither; {@code end[0]} receives the token after it. */
  private static int meridiem(Cursor c, int k, int[] end) {
    String w = c.w(k);
    if (w.equals("am") || w.equals("pm")) {
      end[0] = k + 1;
      return w.equals("am") ? 1 : 2;
    }
    if ((w.equals("a") || w.equals("p"))
        && c.is(k + 1, ".")
        && c.is(k + 2, "m")
        && c.adjacent(k + 1)
        && c.adjacent(k + 2)) {
      end[0] = c.is(k + 3, ".") && c.adjacent(k + 3) ? k + 4 : k + 3;
      return w.equals("a") ? 1 : 2;
    }
    return 0;
  }
}
