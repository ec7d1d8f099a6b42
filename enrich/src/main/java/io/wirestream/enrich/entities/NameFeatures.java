package io.wirestream.enrich.entities;

import java.util.ArrayList;
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
 * strings. The features are identical (tests compare them with the model's own generator and the
 * parameters with a lookup by string). One instance serves one thread: it keeps per-document state
 * (names seen earlier in the article).
 */
final class NameFeatures implements NameContextGenerator {

  private static final int WINDOW = 2;
  private static final int SUFFIX_LENGTH = 3;

  private final WordWindow classes;
  private final WordWindow words;

  /** The suffixes and the outcome prior, which depend on the word alone, kept per word too. */
  private final WordWindow suffixes;

  private static final String SENTENCE_BEGIN = "S=begin";
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

  /** What {@link PreviousMapFeatureGenerator} keeps: each word's outcome in the document so far. */
  private final Map<String, String> previousDecisions = new HashMap<>();

  /** {@link FeatureGeneratorUtil#tokenFeature} by word, a regex cascade worth computing once. */
  private final Map<String, String> wordClasses = new HashMap<>(4096);

  /** The model's parameters; null when only the feature strings are wanted. */
  private final FeatureTable parameters;

  private final List<String> strings = new ArrayList<>(64);
  private final List<String> rest = new ArrayList<>(32);
  private final List<Context> found = new ArrayList<>(64);

  /** Per-token hashes of the sentence in hand, made once per sentence. */
  private String[] hashed;

  private long[] wordHash = new long[64];
  private long[] wordShift = new long[64];
  private long[] classHash = new long[64];
  private long[] classShift = new long[64];
  private long[] decisionKey = new long[64];

  private NameFeatures(FeatureTable parameters) {
    this.parameters = parameters;
    this.classes = new WordWindow(new TokenClassFeatureGenerator(true), WINDOW, parameters);
    this.words = new WordWindow(new TokenFeatureGenerator(true), WINDOW, parameters);
    this.suffixes =
        new WordWindow(
            new AggregatedFeatureGenerator(
                new SuffixFeatureGenerator(SUFFIX_LENGTH), new OutcomePriorFeatureGenerator()),
            0,
            parameters);
  }

  /** The features as strings, as the model's own context generator makes them. */
  static NameContextGenerator contextGenerator() {
    return new NameFeatures(null);
  }

  /** Features that can also be resolved to the given model parameters ({@link #contexts}). */
  static NameFeatures resolvingTo(FeatureTable parameters) {
    return new NameFeatures(parameters);
  }

  @Override
  public String[] getContext(
      int index, String[] tokens, String[] previousOutcomes, Object[] additionalContext) {
    strings.clear();
    classes.addFeatures(strings, tokens, index);
    words.addFeatures(strings, tokens, index);
    suffixes.addFeatures(strings, tokens, index);
    strings.addAll(rest(index, tokens, previousOutcomes));
    return strings.toArray(new String[0]);
  }

  /**
   * The model's parameters for each feature of {@link #getContext}, in the same order (null for a
   * feature the model does not know).
   */
  Context[] contexts(int index, String[] tokens, String[] previousOutcomes) {
    collect(index, tokens, previousOutcomes);
    return found.toArray(new Context[0]);
  }

  /**
   * Adds the parameters of each feature of {@link #getContext} to {@code sums} by outcome, in the
   * order and with the arithmetic of {@code ArrayMath.sumFeatures} (each feature's value is 1).
   */
  void addParameters(int index, String[] tokens, String[] previousOutcomes, double[] sums) {
    collect(index, tokens, previousOutcomes);
    for (int i = 0, n = found.size(); i < n; i++) {
      Context context = found.get(i);
      if (context != null) {
        int[] outcomes = context.getOutcomes();
        double[] parameters = context.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
          sums[outcomes[k]] += parameters[k];
        }
      }
    }
  }

  private void collect(int index, String[] tokens, String[] previousOutcomes) {
    found.clear();
    classes.addContexts(found, tokens, index);
    words.addContexts(found, tokens, index);
    suffixes.addContexts(found, tokens, index);
    hashSentence(tokens);
    found.add(parameters.get(decisionKey[index]));
    if (index > 0) {
      found.add(parameters.get(pair(PREVIOUS_WORD, wordHash, wordShift, index - 1, index)));
      found.add(parameters.get(pair(PREVIOUS_CLASS, classHash, classShift, index - 1, index)));
    }
    if (index + 1 < tokens.length) {
      found.add(parameters.get(pair(NEXT_WORD, wordHash, wordShift, index, index + 1)));
      found.add(parameters.get(pair(NEXT_CLASS, classHash, classShift, index, index + 1)));
    }
    if (index == 0) {
      found.add(parameters.get(SENTENCE_BEGIN));
    }
    if (previousOutcomes != null) {
      String previous = index > 0 ? previousOutcomes[index - 1] : NameFinderME.OTHER;
      String beforePrevious = index > 1 ? previousOutcomes[index - 2] : NameFinderME.OTHER;
      long outcome = FeatureTable.raw(previous);
      long outcomeShift = FeatureTable.shift(previous.length());
      found.add(parameters.get(join(PREVIOUS_OUTCOME, outcome, outcomeShift)));
      long pow = join(OUTCOME_WORD, outcome, outcomeShift) * SHIFT_1 + COMMA;
      found.add(parameters.get(finish(pow * wordShift[index] + wordHash[index])));
      long powf = join(OUTCOME_CLASS, outcome, outcomeShift) * SHIFT_1 + COMMA;
      found.add(parameters.get(finish(powf * classShift[index] + classHash[index])));
      found.add(
          parameters.get(
              join(
                  OUTCOME_BEFORE,
                  FeatureTable.raw(beforePrevious),
                  FeatureTable.shift(beforePrevious.length()))));
    }
  }

  /** The key of {@code prefix + part[a] + "," + part[b]}. */
  private static long pair(long prefix, long[] part, long[] shift, int a, int b) {
    long h = FeatureTable.concat(prefix, part[a], shift[a]);
    h = FeatureTable.concat(h, COMMA, SHIFT_1);
    return finish(FeatureTable.concat(h, part[b], shift[b]));
  }

  /** The raw hash of {@code prefix + part} (not finished: more may follow). */
  private static long join(long prefix, long part, long shift) {
    return FeatureTable.concat(prefix, part, shift);
  }

  private static long finish(long raw) {
    return FeatureTable.finish(raw);
  }

  /** Hashes each token, its class and its previous-decision feature, once per sentence. */
  private void hashSentence(String[] tokens) {
    if (tokens == hashed) {
      return;
    }
    hashed = tokens;
    if (wordHash.length < tokens.length) {
      int n = Math.max(tokens.length, 2 * wordHash.length);
      wordHash = new long[n];
      wordShift = new long[n];
      classHash = new long[n];
      classShift = new long[n];
      decisionKey = new long[n];
    }
    for (int i = 0; i < tokens.length; i++) {
      String word = tokens[i];
      String wordClass = wordClass(word);
      wordHash[i] = FeatureTable.raw(word);
      wordShift[i] = FeatureTable.shift(word.length());
      classHash[i] = FeatureTable.raw(wordClass);
      classShift[i] = FeatureTable.shift(wordClass.length());
      String decision = String.valueOf(previousDecisions.get(word));
      decisionKey[i] =
          finish(
              FeatureTable.concat(
                  PREVIOUS_DECISION,
                  FeatureTable.raw(decision),
                  FeatureTable.shift(decision.length())));
    }
  }

  /**
   * The features after the windows, suffixes and prior: previous map, the bigrams of {@link
   * BigramNameFeatureGenerator}, sentence start, then the previous-outcome features that {@link
   * DefaultNameContextGenerator#getContext} adds, all as OpenNLP spells them.
   */
  private List<String> rest(int index, String[] tokens, String[] previousOutcomes) {
    rest.clear();
    rest.add("pd=" + previousDecisions.get(tokens[index]));
    String wordClass = wordClass(tokens[index]);
    if (index > 0) {
      rest.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
      rest.add("pwc,wc=" + wordClass(tokens[index - 1]) + "," + wordClass);
    }
    if (index + 1 < tokens.length) {
      rest.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
      rest.add("wc,nc=" + wordClass + "," + wordClass(tokens[index + 1]));
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

  private String wordClass(String word) {
    String wordClass = wordClasses.get(word);
    if (wordClass == null) {
      wordClass = FeatureGeneratorUtil.tokenFeature(word);
      if (wordClasses.size() >= WordWindow.MAX_WORDS) {
        wordClasses.clear();
      }
      wordClasses.put(word, wordClass);
    }
    return wordClass;
  }

  /** As {@link PreviousMapFeatureGenerator#updateAdaptiveData}. */
  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    for (int i = 0; i < tokens.length; i++) {
      previousDecisions.put(tokens[i], outcomes[i]);
    }
    hashed = null;
  }

  @Override
  public void clearAdaptiveData() {
    previousDecisions.clear();
    hashed = null;
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    throw new UnsupportedOperationException("The name features are fixed by the model");
  }

  /**
   * A {@link WindowFeatureGenerator} of {@code window} tokens either side over a generator whose
   * output depends on the token alone, with the same features in the same order (current token,
   * then "p1", "p2", then "n1", "n2" prefixed), kept per distinct word with their parameters.
   */
  private static final class WordWindow {
    /** Bounds the memory of a long-lived thread; past it the cache starts afresh. */
    private static final int MAX_WORDS = 50_000;

    private static final String[] NO_OUTCOMES = {};

    /** One word's features and parameters: [0] unprefixed, [i] "p" + i, [window + i] "n" + i. */
    private record Offsets(String[][] features, Context[][] contexts) {}

    private final AdaptiveFeatureGenerator generator;
    private final int window;
    private final FeatureTable parameters;
    private final Map<String, Offsets> byWord = new HashMap<>(4096);
    private String[] sentence;
    private Offsets[] row;

    WordWindow(AdaptiveFeatureGenerator generator, int window, FeatureTable parameters) {
      this.generator = generator;
      this.window = window;
      this.parameters = parameters;
    }

    void addFeatures(List<String> features, String[] tokens, int index) {
      addAll(features, at(tokens, index).features[0]);
      for (int i = 1; i <= window; i++) {
        if (index - i >= 0) {
          addAll(features, at(tokens, index - i).features[i]);
        }
      }
      for (int i = 1; i <= window; i++) {
        if (index + i < tokens.length) {
          addAll(features, at(tokens, index + i).features[window + i]);
        }
      }
    }

    void addContexts(List<Context> contexts, String[] tokens, int index) {
      addAll(contexts, at(tokens, index).contexts[0]);
      for (int i = 1; i <= window; i++) {
        if (index - i >= 0) {
          addAll(contexts, at(tokens, index - i).contexts[i]);
        }
      }
      for (int i = 1; i <= window; i++) {
        if (index + i < tokens.length) {
          addAll(contexts, at(tokens, index + i).contexts[window + i]);
        }
      }
    }

    /** The offsets of token {@code index}, looked up once per sentence (the array in hand). */
    private Offsets at(String[] tokens, int index) {
      if (tokens != sentence) {
        sentence = tokens;
        row = new Offsets[tokens.length];
      }
      Offsets offsets = row[index];
      if (offsets == null) {
        offsets = offsets(tokens[index]);
        row[index] = offsets;
      }
      return offsets;
    }

    private Offsets offsets(String word) {
      Offsets cached = byWord.get(word);
      if (cached == null) {
        List<String> own = new ArrayList<>(4);
        generator.createFeatures(own, new String[] {word}, 0, NO_OUTCOMES);
        String[][] features = new String[2 * window + 1][];
        features[0] = own.toArray(new String[0]);
        for (int i = 1; i <= window; i++) {
          features[i] = prefixed(WindowFeatureGenerator.PREV_PREFIX + i, features[0]);
          features[window + i] = prefixed(WindowFeatureGenerator.NEXT_PREFIX + i, features[0]);
        }
        Context[][] contexts = new Context[features.length][];
        for (int k = 0; parameters != null && k < features.length; k++) {
          contexts[k] = new Context[features[k].length];
          for (int i = 0; i < features[k].length; i++) {
            contexts[k][i] = parameters.get(features[k][i]);
          }
        }
        if (byWord.size() >= MAX_WORDS) {
          byWord.clear();
        }
        cached = new Offsets(features, contexts);
        byWord.put(word, cached);
      }
      return cached;
    }

    private static String[] prefixed(String prefix, String[] features) {
      String[] result = new String[features.length];
      for (int i = 0; i < features.length; i++) {
        result[i] = prefix + features[i];
      }
      return result;
    }

    private static <T> void addAll(List<T> into, T[] more) {
      for (T item : more) {
        into.add(item);
      }
    }
  }
}
