package io.wirestream.enrich.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules know, looked up straight from a range of the text without making a string: an
 * open-addressing table keyed by the ASCII-case-folded characters. A hit gives the shared
 * lower-case string and whether the word is a core time word or a trigger, so the tokenizer
 * allocates nothing for ordinary words and the scan filter needs no hashing. Immutable.
 */
final class Vocabulary {

  static final int CORE = 1;
  static final int TRIGGER = 2;

  private final String[] words;
  private final int[] flags;
  private final int mask;

  Vocabulary(Set<String> core, Set<String> triggers, Iterable<String> others) {
    int n = core.size() + triggers.size() + 64;
    for (String ignored : others) {
      n++;
    }
    int size = Integer.highestOneBit(n * 4 - 1) << 1;
    words = new String[size];
    flags = new int[size];
    mask = size - 1;
    for (String w : others) {
      add(w, 0);
    }
    for (String w : core) {
      add(w, CORE);
    }
    for (String w : triggers) {
      add(w, TRIGGER);
    }
  }

  /** The lexicon's core words and triggers plus the keys of its other word tables. */
  static Vocabulary of(Lexicon lex, List<Map<String, ?>> tables) {
    List<String> others = new ArrayList<>();
    for (Map<String, ?> t : tables) {
      others.addAll(t.keySet());
    }
    return new Vocabulary(lex.coreWords, lex.triggers, others);
  }

  private void add(String word, int flag) {
    if (!isAsciiLower(word)) {
      return;
    }
    int slot = hash(word, 0, word.length()) & mask;
    while (words[slot] != null && !words[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    words[slot] = word;
    flags[slot] |= flag;
  }

  /** Slot of the word text[begin, end) compared without ASCII case, or -1 when unknown. */
  int find(String text, int begin, int end) {
    int slot = hash(text, begin, end) & mask;
    String w;
    while ((w = words[slot]) != null) {
      if (w.length() == end - begin && w.regionMatches(true, 0, text, begin, end - begin)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  String word(int slot) {
    return words[slot];
  }

  int flags(int slot) {
    return flags[slot];
  }

  private static int hash(String s, int begin, int end) {
    int h = 0;
    for (int k = begin; k < end; k++) {
      h = 31 * h + (s.charAt(k) | 0x20);
    }
    return h ^ (h >>> 16);
  }

  private static boolean isAsciiLower(String w) {
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
    }
    return !w.isEmpty();
  }
}
