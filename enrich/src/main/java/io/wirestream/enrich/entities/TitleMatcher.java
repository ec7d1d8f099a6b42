package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises titles and roles before a name ("President", "Prime Minister", "Mr."), so that they
 * can be stripped from person mentions and used as evidence that a name follows.
 */
final class TitleMatcher {

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  /** Words in the longest title. */
  private final int longest;

  TitleMatcher(List<String> titles) {
    for (String title : titles) {
      String[] words = title.strip().split("\\s+");
      byFirstWord
          .computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(words);
    }
    // Longest title first so "Prime Minister" wins over "Prime".
    byFirstWord.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
    longest = byFirstWord.values().stream().mapToInt(list -> list.get(0).length).max().orElse(0);
  }

  static TitleMatcher load() {
    return new TitleMatcher(WordLists.lines("titles.txt"));
  }

  /**
   * Number of tokens of the title starting at {@code start}, or 0 when none starts there. Case is
   * ignored ("president Bush" as well as "President Bush"); callers that need a capitalised title
   * check the first letter.
   */
  int titleLength(List<String> tokens, int start) {
    List<String[]> candidates = byFirstWord.get(tokens.get(start).toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return 0;
    }
    for (String[] words : candidates) {
      if (start + words.length <= tokens.size() && matches(tokens, start, words)) {
        return words.length;
      }
    }
    return 0;
  }

  /** True when tokens {@code [start, end)} lie within one title ("Prime" of "Prime Minister"). */
  boolean withinTitle(List<String> tokens, int start, int end) {
    for (int s = Math.max(0, start - 3); s <= start; s++) {
      int n = titleLength(tokens, s);
      if (n > 0 && s + n >= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the longest title ending just before {@code end} starts ("Prime Minister" rather than
   * "Minister" before "Ariel Sharon"), or -1 when no title ends there.
   */
  int titleEndingAt(List<String> tokens, int end) {
    for (int start = Math.max(0, end - longest); start < end; start++) {
      if (titleLength(tokens, start) == end - start) {
        return start;
      }
    }
    return -1;
  }

  /** Number of leading title tokens in {@code tokens[start, end)}, leaving at least one token. */
  int leadingTitles(List<String> tokens, int start, int end) {
    int i = start;
    while (i < end - 1) {
      int n = titleLength(tokens, i);
      if (n == 0 || i + n >= end) {
        break;
      }
      i += n;
    }
    return i - start;
  }

  private static boolean matches(List<String> tokens, int start, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!tokens.get(start + k).equalsIgnoreCase(words[k])) {
        return false;
      }
    }
    return true;
  }
}
