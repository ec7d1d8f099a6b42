package io.wirestream.enrich.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The candidate phrases of one article while it is read. Each distinct stem and each distinct word
 * gets a small number, and a phrase of up to three words is one {@code long} of those numbers, so
 * counting the hundreds of phrase occurrences of an article builds no strings and hashes none:
 * phrase text is spelled out only for the few candidates that are scored. Not thread-safe: one
 * table per call.
 */
final class PhraseCandidates {

  /**
   * Ids are packed 20 bits each, up to three under a length above them: far more distinct words
   * than an article's 20,000 read characters can hold.
   */
  private static final int ID_BITS = 20;

  private static final long ID_MASK = (1L << ID_BITS) - 1;

  /** Evidence gathered for one stemmed phrase. */
  static final class Candidate {
    final long key;
    final int words;
    final double idf;
    double weightedCount;
    int mentions;
    int bodyMentions;
    int firstPosition = Integer.MAX_VALUE;
    boolean inHeadline;
    boolean name;
    double score;
    String text; // the stems joined by spaces, once spelled out
    String shown; // the form a keyword is shown in, once chosen
    private long[] surfaces = new long[1]; // word-id keys of the forms seen
    private int[] surfaceCounts = new int[1];
    private int distinctSurfaces;

    Candidate(long key, int words, double idf) {
      this.key = key;
      this.words = words;
      this.idf = idf;
    }

    void addSurface(long surface) {
      for (int i = 0; i < distinctSurfaces; i++) {
        if (surfaces[i] == surface) {
          surfaceCounts[i]++;
          return;
        }
      }
      if (distinctSurfaces == surfaces.length) {
        surfaces = Arrays.copyOf(surfaces, 2 * distinctSurfaces);
        surfaceCounts = Arrays.copyOf(surfaceCounts, 2 * distinctSurfaces);
      }
      surfaces[distinctSurfaces] = surface;
      surfaceCounts[distinctSurfaces++] = 1;
    }
  }

  private final Names stems = new Names();
  private final Names words = new Names();
  private final List<Candidate> candidates = new ArrayList<>();
  // Sized for a typical 3 KB story's few hundred phrases without regrowing.
  private long[] keys = new long[2048];
  private Candidate[] slots = new Candidate[2048];

  int stemId(String stem) {
    return stems.id(stem);
  }

  int wordId(String word) {
    return words.id(word);
  }

  /** The key of the phrase of the first {@code n} of {@code ids}, read from {@code start}. */
  static long key(int[] ids, int start, int n) {
    long key = n;
    for (int k = start; k < start + n; k++) {
      key = key << ID_BITS | ids[k];
    }
    return key;
  }

  /** The key of the first two words of a three-word phrase. */
  static long head(long key3) {
    return 2L << (2 * ID_BITS) | key3 >>> ID_BITS & (ID_MASK << ID_BITS | ID_MASK);
  }

  /** The key of the last two words of a three-word phrase. */
  static long tail(long key3) {
    return 2L << (2 * ID_BITS) | key3 & (ID_MASK << ID_BITS | ID_MASK);
  }

  Candidate get(long key) {
    int slot = slot(key, keys.length);
    while (slots[slot] != null) {
      if (keys[slot] == key) {
        return slots[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return null;
  }

  Candidate add(long key, int words, double idf) {
    if (2 * (candidates.size() + 1) > keys.length) {
      grow();
    }
    Candidate c = new Candidate(key, words, idf);
    candidates.add(c);
    place(c);
    return c;
  }

  List<Candidate> candidates() {
    return candidates;
  }

  /** The phrase's stems joined by spaces (its identity when candidates are ranked). */
  String text(Candidate c) {
    if (c.text == null) {
      c.text = spell(c.key, c.words, stems);
    }
    return c.text;
  }

  /**
   * The candidate's most frequent form; ties go to the alphabetically first, so the choice never
   * depends on the order forms were seen.
   */
  String surface(Candidate c) {
    return surface(c, form -> false);
  }

  /**
   * The candidate's most frequent form; ties go first to a {@code preferred} form, then to the
   * alphabetically first.
   */
  String surface(Candidate c, Predicate<String> preferred) {
    String best = null;
    int bestCount = 0;
    boolean bestPreferred = false;
    for (int i = 0; i < c.distinctSurfaces; i++) {
      int count = c.surfaceCounts[i];
      if (count < bestCount) {
        continue;
      }
      String form = spell(c.surfaces[i], c.words, words);
      boolean isPreferred = preferred.test(form);
      if (count > bestCount
          || isPreferred && !bestPreferred
          || isPreferred == bestPreferred && form.compareTo(best) < 0) {
        best = form;
        bestCount = count;
        bestPreferred = isPreferred;
      }
    }
    return best;
  }

  private static String spell(long key, int n, Names names) {
    if (n == 1) {
      return names.get((int) (key & ID_MASK));
    }
    StringBuilder out = new StringBuilder();
    for (int k = n - 1; k >= 0; k--) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(names.get((int) (key >>> (ID_BITS * k) & ID_MASK)));
    }
    return out.toString();
  }

  /** Numbers strings in the order first seen (an open-addressing table: no boxed numbers). */
  private static final class Names {
    private final List<String> names = new ArrayList<>();
    private String[] slots = new String[256];
    private int[] ids = new int[256];

    int id(String name) {
      int mask = slots.length - 1;
      int slot = name.hashCode() * 0x9E3779B1 >>> 8 & mask;
      while (slots[slot] != null) {
        if (slots[slot].equals(name)) {
          return ids[slot];
        }
        slot = (slot + 1) & mask;
      }
      int id = names.size();
      names.add(name);
      slots[slot] = name;
      ids[slot] = id;
      if (2 * names.size() > slots.length) {
        rehash();
      }
      return id;
    }

    String get(int id) {
      return names.get(id);
    }

    private void rehash() {
      slots = new String[2 * slots.length];
      ids = new int[slots.length];
      int mask = slots.length - 1;
      for (int id = 0; id < names.size(); id++) {
        int slot = names.get(id).hashCode() * 0x9E3779B1 >>> 8 & mask;
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = names.get(id);
        ids[slot] = id;
      }
    }
  }

  private void grow() {
    keys = new long[keys.length * 2];
    slots = new Candidate[slots.length * 2];
    for (Candidate c : candidates) {
      place(c);
    }
  }

  private void place(Candidate c) {
    int slot = slot(c.key, keys.length);
    while (slots[slot] != null) {
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = c.key;
    slots[slot] = c;
  }

  private static int slot(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & (capacity - 1);
  }
}
