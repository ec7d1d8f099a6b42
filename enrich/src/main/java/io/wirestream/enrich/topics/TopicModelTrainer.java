package io.wirestream.enrich.topics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the level-1 {@link TopicModel} reproducibly (fixed split, fixed seed, fixed epochs) from
 * the section-labelled HuffPost headlines plus the IPTC taxonomy's own labels and definitions, then
 * reports figures on the development and held-out test parts. Section labels are noisy, so items
 * from broad sections (world news, national news) and items without a label take their training
 * label from strong, unambiguous cue phrases instead, and are skipped when there are none. Run as
 * {@code wirestream train topics} or through {@link #main}.
 */
public final class TopicModelTrainer {

  static final long SEED = 20_260_101L;
  static final int EPOCHS = 12;
  static final double LEARNING_RATE = 0.5;

  /**
   * Pulls the weights of features the training items touch towards zero at every step. Strong
   * enough to let the model keep features seen in only two items without trusting them blindly.
   */
  static final double L2 = 3e-4;

  /**
   * Features seen in fewer training documents are too rare to weigh. Two, not three: with {@link
   * #L2} the rarer names and word pairs help on the development part (top-1 0.851 to 0.856 on the
   * reliable items with teasers) at the price of a model of about 1.8 MB instead of 1 MB.
   */
  static final int MIN_DOCUMENT_FREQUENCY = 2;

  /** How far rare subjects are up-weighted: 0 keeps the data's priors, 1 fully balances them. */
  static final double CLASS_WEIGHT_POWER = 0.25;

  /** Weights smaller than this for every subject are dropped, which keeps the model small. */
  static final double PRUNE_BELOW = 0.02;

  /** Cue evidence that may relabel a broad-section item, and its margin over the runner-up. */
  static final double STRONG_CUE_EVIDENCE = 3.0;

  static final double STRONG_CUE_MARGIN = 2.0;

  /**
   * Weight of an item that keeps the label of a section outside {@link
   * TopicCorpus#RELIABLE_SECTIONS}: such labels are often wrong (comedy and media items about
   * politics), so they count for little against the reliable ones.
   */
  static final double NOISY_SECTION_WEIGHT = 0.2;

  /**
   * Weight of an item with body text: headline plus teaser is the nearest the training data comes
   * to the headline-and-body articles the tagger reads; most items are bare headlines.
   */
  static final double WITH_BODY_WEIGHT = 5.0;

  static final Set<String> BROAD_SECTIONS =
      Set.of("WORLD NEWS", "THE WORLDPOST", "WORLDPOST", "U.S. NEWS");

  private record Example(TopicFeatures.Bag bag, int label, double weight) {}

  private final MediaTopicTaxonomy taxonomy;
  private final TopicLexicon lexicon;
  private final List<String> classes;

  public TopicModelTrainer(MediaTopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.lexicon = TopicLexicon.load(taxonomy);
    this.classes = taxonomy.subjects().stream().map(MediaTopic::qcode).sorted().toList();
  }

  /** {@code args}: data directory, output model path. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TopicModelTrainer DATA_DIR OUTPUT_MODEL");
      System.exit(2);
    }
    train(Path.of(args[0]), Path.of(args[1]), System.out);
  }

  /**
   * Trains on the corpus in {@code dataDir}, writes the model to {@code output} and prints figures
   * to {@code log}.
   */
  public static TopicModel train(Path dataDir, Path output, PrintStream log) throws IOException {
    MediaTopicTaxonomy taxonomy = MediaTopicTaxonomy.load();
    TopicModelTrainer trainer = new TopicModelTrainer(taxonomy);
    TopicCorpus corpus = TopicCorpus.load(dataDir);
    log.printf(
        "data: %d train, %d dev, %d test items (after de-duplication)%n",
        corpus.train().size(), corpus.dev().size(), corpus.test().size());
    TopicModel model = trainer.train(corpus.train(), log);
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      model.write(out);
    }
    log.printf(
        "model: %d features x %d subjects, %,d bytes -> %s%n",
        model.featureCount(), model.classes().size(), Files.size(output), output);
    TopicTagger tagger = TopicTagger.of(taxonomy, model, trainer.lexicon);
    report("dev", corpus.dev(), tagger, log);
    report("test", corpus.test(), tagger, log);
    return model;
  }

  static void report(
      String part, List<LabelledArticle> items, TopicTagger tagger, PrintStream log) {
    log.printf("%-4s all labelled:     %s%n", part, TopicEvaluation.evaluate(items, tagger));
    log.printf(
        "%-4s reliable sections: %s%n",
        part, TopicEvaluation.evaluate(TopicCorpus.reliable(items), tagger));
    List<LabelledArticle> withBody = items.stream().filter(i -> !i.body().isBlank()).toList();
    log.printf("%-4s with teaser text:  %s%n", part, TopicEvaluation.evaluate(withBody, tagger));
    log.printf(
        "%-4s  ...and reliable:  %s%n",
        part, TopicEvaluation.evaluate(TopicCorpus.reliable(withBody), tagger));
  }

  TopicModel train(List<LabelledArticle> items, PrintStream log) {
    List<Example> examples = examples(items);
    long[] vocabulary = vocabulary(examples);
    LongIntMap index = new LongIntMap(vocabulary.length);
    for (int row = 0; row < vocabulary.length; row++) {
      index.put(vocabulary[row], row);
    }
    int k = classes.size();
    float[] weights = new float[vocabulary.length * k];
    double[] bias = new double[k];
    double[] classWeight = classWeights(examples);
    int[] perClass = new int[k];
    examples.forEach(e -> perClass[e.label()]++);
    log.printf("examples per subject: %s%n", Arrays.toString(perClass));
    Random random = new Random(SEED);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      double rate = LEARNING_RATE / (1 + 0.5 * epoch);
      double loss = 0;
      for (int i : order) {
        loss += step(examples.get(i), index, weights, bias, classWeight, rate);
      }
      log.printf("epoch %2d  mean loss %.4f%n", epoch + 1, loss / order.length);
    }
    int kept = 0;
    long[] keptKeys = new long[vocabulary.length];
    float[] keptWeights = new float[weights.length];
    for (int row = 0; row < vocabulary.length; row++) {
      double max = 0;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, Math.abs(weights[row * k + c]));
      }
      if (max >= PRUNE_BELOW) {
        keptKeys[kept] = vocabulary[row];
        System.arraycopy(weights, row * k, keptWeights, kept * k, k);
        kept++;
      }
    }
    float[] b = new float[k];
    for (int c = 0; c < k; c++) {
      b[c] = (float) bias[c];
    }
    return new TopicModel(
        classes, Arrays.copyOf(keptKeys, kept), Arrays.copyOf(keptWeights, kept * k), b);
  }

  private double step(
      Example ex,
      LongIntMap index,
      float[] weights,
      double[] bias,
      double[] classWeight,
      double rate) {
    int k = bias.length;
    int[] rows = new int[ex.bag().keys().length];
    double[] values = TopicFeatures.known(ex.bag(), index, rows);
    double[] logits = bias.clone();
    for (int f = 0; f < rows.length; f++) {
      if (rows[f] >= 0) {
        for (int c = 0; c < k; c++) {
          logits[c] += weights[rows[f] * k + c] * values[f];
        }
      }
    }
    double[] p = TopicModel.softmax(logits);
    double scale = ex.weight() * classWeight[ex.label()];
    for (int c = 0; c < k; c++) {
      double gradient = (p[c] - (c == ex.label() ? 1 : 0)) * scale;
      bias[c] -= rate * gradient;
      for (int f = 0; f < rows.length; f++) {
        if (rows[f] >= 0) {
          int at = rows[f] * k + c;
          weights[at] -= (float) (rate * (gradient * values[f] + L2 * weights[at]));
        }
      }
    }
    return -Math.log(Math.max(1e-12, p[ex.label()])) * scale;
  }

  private List<Example> examples(List<LabelledArticle> items) {
    List<Example> examples = new ArrayList<>();
    for (LabelledArticle item : items) {
      List<String> headline = TopicText.stems(item.headline());
      List<String> body = TopicText.stems(item.body());
      String label = trainingLabel(item, headline, body);
      if (label != null) {
        examples.add(example(headline, body, label, weight(item, label)));
      }
    }
    // The taxonomy's own words: the only training text for subjects the sections never use (war,
    // weather...). A label with its definition is a headline with a body and weighs as one.
    for (MediaTopic topic : taxonomy.all()) {
      String subject = taxonomy.ancestorAt(topic.qcode(), 1).qcode();
      examples.add(
          example(
              TopicText.stems(topic.label()),
              TopicText.stems(topic.definition()),
              subject,
              WITH_BODY_WEIGHT));
    }
    return examples;
  }

  /**
   * The section's subject, or for broad or unmapped sections the subject of strong cue phrases
   * (else null).
   */
  String trainingLabel(LabelledArticle item, List<String> headline, List<String> body) {
    boolean broad = item.topics().isEmpty() || BROAD_SECTIONS.contains(item.section());
    if (!broad) {
      return item.topics().get(0);
    }
    Map<String, Double> evidence = lexicon.evidence(headline, body);
    String best = null;
    double first = 0;
    double second = 0;
    for (String subject : classes) {
      double e = evidence.getOrDefault(subject, 0.0);
      if (e > first) {
        second = first;
        first = e;
        best = subject;
      } else if (e > second) {
        second = e;
      }
    }
    if (best != null && first >= STRONG_CUE_EVIDENCE && first >= STRONG_CUE_MARGIN * second) {
      return best;
    }
    return item.topics().isEmpty() ? null : item.topics().get(0);
  }

  /**
   * The weight of a training item: see {@link #NOISY_SECTION_WEIGHT}, {@link #WITH_BODY_WEIGHT}.
   */
  static double weight(LabelledArticle item, String label) {
    boolean sectionLabel = item.topics().contains(label);
    double weight = 1.0;
    if (sectionLabel && !TopicCorpus.RELIABLE_SECTIONS.contains(item.section())) {
      weight *= NOISY_SECTION_WEIGHT;
    }
    if (!item.body().isBlank()) {
      weight *= WITH_BODY_WEIGHT;
    }
    return weight;
  }

  private Example example(List<String> headline, List<String> body, String label, double weight) {
    return new Example(TopicFeatures.of(headline, body), classes.indexOf(label), weight);
  }

  /** Feature hashes seen in at least {@link #MIN_DOCUMENT_FREQUENCY} examples, ascending. */
  private static long[] vocabulary(List<Example> examples) {
    Map<Long, Integer> df = new HashMap<>();
    for (Example ex : examples) {
      for (long key : ex.bag().keys()) {
        df.merge(key, 1, Integer::sum);
      }
    }
    return df.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY)
        .mapToLong(Map.Entry::getKey)
        .sorted()
        .toArray();
  }

  /**
   * Damped inverse class frequency, so that small subjects are heard without trusting their few
   * items too much.
   */
  private double[] classWeights(List<Example> examples) {
    double[] counts = new double[classes.size()];
    double total = 0;
    for (Example ex : examples) {
      counts[ex.label()]++;
      total++;
    }
    double mean = total / classes.size();
    double[] weights = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      weights[c] =
          counts[c] == 0
              ? 0
              : Math.max(0.3, Math.min(3.0, Math.pow(mean / counts[c], CLASS_WEIGHT_POWER)));
    }
    return weights;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
