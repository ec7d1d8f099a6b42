package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The name finder's features as declared in {@code ner-features.xml}, built from the same OpenNLP
 * generators and in the same order, with two differences for speed: the window features of each
 * distinct word are made once and reused, along with the model's parameters for them, so a token's
 * strings are neither rebuilt nor looked up again for each window that contains it; and the
 * features that pair a token with its neighbours or with the previous outcome are looked up by a
 * hash combined from per-token hashes made once per sentence ({@link FeatureTable}), never built as
 * strings. Everything known of a word is kept in one {@link NameVocabulary} entry, so each token of
 * a sentence is looked up once. The features are identical (tests compare them with the model's own
 * generator and the parameters with a lookup by string). One instance serves one thread: it keeps
 * per-document state (names seen earlier in the article).
 */
final class NameFeatures implements NameContextGenerator {

  private static final int WINDOW = 2;
  private static final int SUFFIX_LENGTH = 3;

  /**
   * The per-word window generators, each with its slot in a vocabulary entry: classes 0, words 1,
   * suffixes 2, clusters 3 (slots number them; the features keep the order of the XML).
   */
  private static final int WINDOW_GENERATORS = 4;

  /** Tokens either side whose word clusters a token's features hold. */
  private static final int CLUSTER_WINDOW = 1;

  private final WordWindow classes;
  private final WordWindow words;

  /** The word clusters of each token and its neighbours; null when the model has none. */
  private final WordWindow clusters;

  /** The suffixes and the outcome prior, which depend on the word alone, kept per word too. */
  private final WordWindow suffixes;

  private static final String SENTENCE_BEGIN = "S=begin";
  private static final long SENTENCE_BEGIN_KEY = FeatureTable.hash(SENTENCE_BEGIN);
  private static final long COMMA = FeatureTable.raw(",");
  private static final long SHIFT_1 = FeatureTable.shift(1);
  private static final long PREVIOUS_DECISION = FeatureTable.raw("pd=");
  private static final long PREVIOUS_WORD = FeatureTable.raw("pw,w=");
  private static final long PREVIOUS_CLASS = FeatureTable.raw("pwc,wc=");
  private static final long NEXT_WORD = FeatureTable.raw("w,nw=");
  private static final long NEXT_CLASS = FeatureTable.raw("wc,nc=");
  private static final long PREVIOUS_OUTCOME = FeatureTable.raw("po=");
  private static final long OUTCOME_WORD = FeatureTable.raw("pow=");
  private static final long OUTCOME_CLASS = FeatureTable.raw("powf=");
  private static final long OUTCOME_BEFORE = FeatureTable.raw("ppo=");

  /**
   * Each word's class ({@link FeatureGeneratorUtil#tokenFeature}, a regex cascade worth computing
   * once), hashes and window features, and what {@link PreviousMapFeatureGenerator} keeps: the
   * word's outcome in the document so far.
   */
  private final NameVocabulary vocabulary = new NameVocabulary(WINDOW_GENERATORS);

  /** {@link #outcome} by outcome. */
  private final Map<String, OutcomeFeatures> outcomes = new HashMap<>();

  /** The model's parameters; null when only the feature strings are wanted. */
  private final FeatureTable parameters;

  private final List<String> strings = new ArrayList<>(64);
  private final List<String> rest = new ArrayList<>(32);

  /** The feature numbers of the token in hand, in feature order ({@link FeatureTable#ABSENT}). */
  private int[] found = new int[64];

  private int foundCount;

  /** The sentence in hand and the vocabulary entry of each of its tokens, found once. */
  private String[] resolved;

  private NameVocabulary.Word[] row = new NameVocabulary.Word[64];

  private NameFeatures(FeatureTable parameters, WordClusters wordClusters) {
    this.parameters = parameters;
    this.classes = new WordWindow(0, new TokenClassFeatureGenerator(true), WINDOW, parameters);
    this.words = new WordWindow(1, new TokenFeatureGenerator(true), WINDOW, parameters);
    this.clusters =
        wordClusters == null
            ? null
            : new WordWindow(3, wordClusters.generator(), CLUSTER_WINDOW, parameters);
    this.suffixes =
        new WordWindow(
            2,
            new AggregatedFeatureGenerator(
                new SuffixFeatureGenerator(SUFFIX_LENGTH), new OutcomePriorFeatureGenerator()),
            0,
            parameters);
  }

  /** The features as strings, as the model's own context generator makes them. */
  static NameContextGenerator contextGenerator(WordClusters clusters) {
    return new NameFeatures(null, clusters);
  }

  /** Features that can also be resolved to the given model parameters ({@link #contexts}). */
  static NameFeatures resolvingTo(FeatureTable parameters, WordClusters clusters) {
    return new NameFeatures(parameters, clusters);
  }

  @Override
  public String[] getContext(
      int index, String[] tokens, String[] previousOutcomes, Object[] additionalContext) {
    strings.clear();
    resolve(tokens);
    classes.addFeatures(strings, row, tokens.length, index);
    words.addFeatures(strings, row, tokens.length, index);
    if (clusters != null) {
      clusters.addFeatures(strings, row, tokens.length, index);
    }
    suffixes.addFeatures(strings, row, tokens.length, index);
    strings.addAll(rest(index, tokens, previousOutcomes));
    return strings.toArray(new String[0]);
  }

  /**
   * The model's parameters for each feature of {@link #getContext}, in the same order (null for a
   * feature the model does not know).
   */
  Context[] contexts(int index, String[] tokens, String[] previousOutcomes) {
    collect(index, tokens, previousOutcomes);
    Context[] contexts = new Context[foundCount];
    for (int i = 0; i < foundCount; i++) {
      contexts[i] = parameters.context(found[i]);
    }
    return contexts;
  }

  /**
   * Adds the parameters of each feature of {@link #getContext} to {@code sums} by outcome, in the
   * order and with the arithmetic of {@code ArrayMath.sumFeatures} (each feature's value is 1).
   */
  void addParameters(int index, String[] tokens, String[] previousOutcomes, double[] sums) {
    collect(index, tokens, previousOutcomes);
    for (int i = 0; i < foundCount; i++) {
      if (found[i] != FeatureTable.ABSENT) {
        parameters.addWeights(found[i], sums);
      }
    }
  }

  private void collect(int index, String[] tokens, String[] previousOutcomes) {
    foundCount = 0;
    resolve(tokens);
    NameVocabulary.Word[] row = this.row;
    classes.addIds(this, row, tokens.length, index);
    words.addIds(this, row, tokens.length, index);
    if (clusters != null) {
      clusters.addIds(this, row, tokens.length, index);
    }
    suffixes.addIds(this, row, tokens.length, index);
    NameVocabulary.Word word = row[index];
    found(outcome(String.valueOf(vocabulary.decision(word))).asDecision());
    if (index > 0) {
      NameVocabulary.Word before = row[index - 1];
      find(wordPair(PREVIOUS_WORD, before, word));
      find(classPair(PREVIOUS_CLASS, before, word));
    }
    if (index + 1 < tokens.length) {
      NameVocabulary.Word after = row[index + 1];
      find(wordPair(NEXT_WORD, word, after));
      find(classPair(NEXT_CLASS, word, after));
    }
    if (index == 0) {
      find(SENTENCE_BEGIN_KEY);
    }
    if (previousOutcomes != null) {
      String previous = index > 0 ? previousOutcomes[index - 1] : NameFinderME.OTHER;
      String beforePrevious = index > 1 ? previousOutcomes[index - 2] : NameFinderME.OTHER;
      OutcomeFeatures outcome = outcome(previous);
      found(outcome.asPrevious());
      find(finish(outcome.withWord() * word.shift + word.hash));
      find(finish(outcome.withClass() * word.classShift + word.classHash));
      found(outcome(beforePrevious).asBeforePrevious());
    }
  }

  /**
   * The features an outcome makes as previous decision ("pd="), previous outcome ("po=") and the
   * one before ("ppo="), and the hashes that open its "pow=" and "powf=" pairs.
   */
  private record OutcomeFeatures(
      int asDecision, int asPrevious, int asBeforePrevious, long withWord, long withClass) {}

  /**
   * The features of an outcome (or "null", a word without a decision), made on its first use: the
   * model has a handful of outcomes, asked about at every token.
   */
  private OutcomeFeatures outcome(String outcome) {
    OutcomeFeatures features = outcomes.get(outcome);
    if (features == null) {
      long raw = FeatureTable.raw(outcome);
      long shift = FeatureTable.shift(outcome.length());
      features =
          new OutcomeFeatures(
              parameters.id(finish(join(PREVIOUS_DECISION, raw, shift))),
              parameters.id(join(PREVIOUS_OUTCOME, raw, shift)),
              parameters.id(join(OUTCOME_BEFORE, raw, shift)),
              join(OUTCOME_WORD, raw, shift) * SHIFT_1 + COMMA,
              join(OUTCOME_CLASS, raw, shift) * SHIFT_1 + COMMA);
      outcomes.put(outcome, features);
    }
    return features;
  }

  /** Appends the number of the feature with this key. */
  private void find(long key) {
    found(parameters.id(key));
  }

  private void found(int id) {
    if (foundCount == found.length) {
      found = Arrays.copyOf(found, 2 * found.length);
    }
    found[foundCount++] = id;
  }

  /** Appends feature numbers made beforehand. */
  private void found(int[] ids) {
    if (foundCount + ids.length > found.length) {
      found = Arrays.copyOf(found, Math.max(2 * found.length, foundCount + ids.length));
    }
    System.arraycopy(ids, 0, found, foundCount, ids.length);
    foundCount += ids.length;
  }

  /** The key of {@code prefix + a + "," + b}. */
  private static long wordPair(long prefix, NameVocabulary.Word a, NameVocabulary.Word b) {
    return pair(prefix, a.hash, a.shift, b.hash, b.shift);
  }

  /** The key of {@code prefix + class(a) + "," + class(b)}. */
  private static long classPair(long prefix, NameVocabulary.Word a, NameVocabulary.Word b) {
    return pair(prefix, a.classHash, a.classShift, b.classHash, b.classShift);
  }

  private static long pair(long prefix, long a, long aShift, long b, long bShift) {
    long h = FeatureTable.concat(prefix, a, aShift);
    h = FeatureTable.concat(h, COMMA, SHIFT_1);
    return finish(FeatureTable.concat(h, b, bShift));
  }

  /** The raw hash of {@code prefix + part} (not finished: more may follow). */
  private static long join(long prefix, long part, long shift) {
    return FeatureTable.concat(prefix, part, shift);
  }

  private static long finish(long raw) {
    return FeatureTable.finish(raw);
  }

  /** Finds the vocabulary entry of each token, once per sentence (the array in hand). */
  private void resolve(String[] tokens) {
    if (tokens == resolved) {
      return;
    }
    vocabulary.evictIfFull();
    if (row.length < tokens.length) {
      row = new NameVocabulary.Word[Math.max(tokens.length, 2 * row.length)];
    }
    for (int i = 0; i < tokens.length; i++) {
      row[i] = vocabulary.word(tokens[i]);
    }
    resolved = tokens;
  }

  /**
   * The features after the windows, suffixes and prior: previous map, the bigrams of {@link
   * BigramNameFeatureGenerator}, sentence start, then the previous-outcome features that {@link
   * DefaultNameContextGenerator#getContext} adds, all as OpenNLP spells them.
   */
  private List<String> rest(int index, String[] tokens, String[] previousOutcomes) {
    rest.clear();
    rest.add("pd=" + vocabulary.decision(row[index]));
    String wordClass = row[index].wordClass;
    if (index > 0) {
      rest.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
      rest.add("pwc,wc=" + row[index - 1].wordClass + "," + wordClass);
    }
    if (index + 1 < tokens.length) {
      rest.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
      rest.add("wc,nc=" + wordClass + "," + row[index + 1].wordClass);
    }
    if (index == 0) {
      rest.add(SENTENCE_BEGIN);
    }
    if (previousOutcomes != null) {
      String previous = index > 0 ? previousOutcomes[index - 1] : NameFinderME.OTHER;
      String beforePrevious = index > 1 ? previousOutcomes[index - 2] : NameFinderME.OTHER;
      rest.add("po=" + previous);
      rest.add("pow=" + previous + "," + tokens[index]);
      rest.add("powf=" + previous + "," + wordClass);
      rest.add("ppo=" + beforePrevious);
    }
    return rest;
  }

  /** As {@link PreviousMapFeatureGenerator#updateAdaptiveData}. */
  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    resolve(tokens);
    for (int i = 0; i < tokens.length; i++) {
      vocabulary.decide(row[i], outcomes[i]);
    }
  }

  @Override
  public void clearAdaptiveData() {
    vocabulary.startDocument();
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    throw new UnsupportedOperationException("The name features are fixed by the model");
  }

  /**
   * A {@link WindowFeatureGenerator} of {@code window} tokens either side over a generator whose
   * output depends on the token alone, with the same features in the same order (current token,
   * then "p1", "p2", then "n1", "n2" prefixed), kept with their feature numbers in each word's
   * vocabulary entry under this window's slot.
   */
  private static final class WordWindow {
    private static final String[] NO_OUTCOMES = {};

    private final int slot;
    private final AdaptiveFeatureGenerator generator;
    private final int window;
    private final FeatureTable parameters;

    WordWindow(int slot, AdaptiveFeatureGenerator generator, int window, FeatureTable parameters) {
      this.slot = slot;
      this.generator = generator;
      this.window = window;
      this.parameters = parameters;
    }

    void addFeatures(List<String> features, NameVocabulary.Word[] row, int length, int index) {
      addAll(features, at(row, index).features()[0]);
      for (int i = 1; i <= window; i++) {
        if (index - i >= 0) {
          addAll(features, at(row, index - i).features()[i]);
        }
      }
      for (int i = 1; i <= window; i++) {
        if (index + i < length) {
          addAll(features, at(row, index + i).features()[window + i]);
        }
      }
    }

    void addIds(NameFeatures into, NameVocabulary.Word[] row, int length, int index) {
      into.found(at(row, index).ids()[0]);
      for (int i = 1; i <= window; i++) {
        if (index - i >= 0) {
          into.found(at(row, index - i).ids()[i]);
        }
      }
      for (int i = 1; i <= window; i++) {
        if (index + i < length) {
          into.found(at(row, index + i).ids()[window + i]);
        }
      }
    }

    /** This window's features of a token, made on the word's first use. */
    private NameVocabulary.Offsets at(NameVocabulary.Word[] row, int index) {
      NameVocabulary.Word word = row[index];
      NameVocabulary.Offsets offsets = word.windows[slot];
      if (offsets == null) {
        offsets = offsets(word.text);
        word.windows[slot] = offsets;
      }
      return offsets;
    }

    /** One word's features and their numbers: [0] unprefixed, [i] "p" + i, [window + i] "n" + i. */
    private NameVocabulary.Offsets offsets(String word) {
      List<String> own = new ArrayList<>(4);
      generator.createFeatures(own, new String[] {word}, 0, NO_OUTCOMES);
      String[][] features = new String[2 * window + 1][];
      features[0] = own.toArray(new String[0]);
      for (int i = 1; i <= window; i++) {
        features[i] = prefixed(WindowFeatureGenerator.PREV_PREFIX + i, features[0]);
        features[window + i] = prefixed(WindowFeatureGenerator.NEXT_PREFIX + i, features[0]);
      }
      int[][] ids = new int[features.length][];
      for (int k = 0; parameters != null && k < features.length; k++) {
        ids[k] = new int[features[k].length];
        for (int i = 0; i < features[k].length; i++) {
          ids[k][i] = parameters.id(features[k][i]);
        }
      }
      return new NameVocabulary.Offsets(features, ids);
    }

    private static String[] prefixed(String prefix, String[] features) {
      String[] result = new String[features.length];
      for (int i = 0; i < features.length; i++) {
        result[i] = prefix + features[i];
      }
      return result;
    }

    private static void addAll(List<String> into, String[] more) {
      for (String item : more) {
        into.add(item);
      }
    }
  }
}
