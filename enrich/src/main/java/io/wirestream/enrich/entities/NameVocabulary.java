package io.wirestream.enrich.entities;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What {@link NameFeatures} knows of each distinct word it has met: the word's class, the hashes of
 * word and class, its window features with their parameters, and the outcome it last had in the
 * document in hand (OpenNLP's "previous map"). Keeping all of it in one entry means a token costs
 * one hash lookup per sentence, not one per feature generator. One instance serves one thread.
 */
final class NameVocabulary {

  /** Bounds the memory of a long-lived thread; past it, words of earlier documents are dropped. */
  private static final int MAX_WORDS = 50_000;

  /**
   * The window features of one word for one generator, with their {@link FeatureTable} numbers
   * (null when the features have no table).
   */
  record Offsets(String[][] features, int[][] ids) {}

  /** One distinct word. */
  static final class Word {
    final String text;
    final String wordClass;
    final long hash;
    final long shift;
    final long classHash;
    final long classShift;

    /** Made on first use by each {@link NameFeatures} window generator (by its slot). */
    final Offsets[] windows;

    /** The outcome this word last had, valid only while {@code document} is the current one. */
    private String decision;

    private long document = -1;

    private Word(String text, int windowCount) {
      this.text = text;
      this.wordClass = FeatureGeneratorUtil.tokenFeature(text);
      this.hash = FeatureTable.raw(text);
      this.shift = FeatureTable.shift(text.length());
      this.classHash = FeatureTable.raw(wordClass);
      this.classShift = FeatureTable.shift(wordClass.length());
      this.windows = new Offsets[windowCount];
    }
  }

  private final Map<String, Word> words = new HashMap<>(4096);
  private final int windowCount;
  private int evictAt = MAX_WORDS;

  /** The current document; decisions recorded under an earlier one no longer count. */
  private long document;

  NameVocabulary(int windowCount) {
    this.windowCount = windowCount;
  }

  /** The entry of a word, made on first sight. */
  Word word(String text) {
    Word word = words.get(text);
    if (word == null) {
      word = new Word(text, windowCount);
      words.put(text, word);
    }
    return word;
  }

  /**
   * Drops the words no decision of the current document refers to, once there are too many. Call it
   * only before looking up a sentence's words, so no entry in use is dropped.
   */
  void evictIfFull() {
    if (words.size() >= evictAt) {
      words.values().removeIf(w -> w.document != document);
      // a single huge document keeps its words: do not rescan the map after every sentence
      evictAt = Math.max(MAX_WORDS, 2 * words.size());
    }
  }

  /** The outcome of the word's last occurrence in this document, or null. */
  String decision(Word word) {
    return word.document == document ? word.decision : null;
  }

  void decide(Word word, String outcome) {
    word.decision = outcome;
    word.document = document;
  }

  /** Starts a new document: every decision so far is forgotten. */
  void startDocument() {
    document++;
  }
}
