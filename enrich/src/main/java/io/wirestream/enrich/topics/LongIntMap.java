package io.wirestream.enrich.topics;

import java.util.Arrays;

/**
 * A fixed-size open-addressing map from 64-bit feature hashes to row numbers, so that looking up
 * the features of an article allocates nothing. Filled once, then read-only (and so thread-safe
 * once published).
 */
final class LongIntMap {

  private static final int MISSING = -1;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, MISSING);
    mask = capacity - 1;
  }

  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be >= 0");
    }
    if ((size + 1) * 2 > keys.length) {
      throw new IllegalStateException(
          "LongIntMap is full: size it for the expected number of keys");
    }
    int slot = slot(key);
    while (values[slot] != MISSING && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (values[slot] == MISSING) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (values[slot] != MISSING) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return MISSING;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
