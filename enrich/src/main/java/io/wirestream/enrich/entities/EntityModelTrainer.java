package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Builds the runtime data of the entity tagger from the shared data directory: the name-finder
 * model (trained on the non-held-out part of the labelled corpora) and the compact gazetteers.
 * Deterministic: fixed split, perceptron training without shuffling, fixed iterations.
 *
 * <p>{@code java ... EntityModelTrainer SHARED_DATA_DIR [OUTPUT_DIR]}; the output directory
 * defaults to the package's resource folder so the result can be committed.
 */
public final class EntityModelTrainer {

  public static final String MODEL_FILE = "ner-model.bin";
  static final String[] CORPORA = {"gmb_ner.jsonl.gz", "wikigold_ner.jsonl"};
  static final String DEFAULT_OUTPUT = "enrich/src/main/resources/io/wirestream/enrich/entities";

  private static final int ITERATIONS = 60;
  private static final int CUTOFF = 3;

  private EntityModelTrainer() {}

  public static void main(String[] args) throws IOException {
    boolean gazetteersOnly = args.length > 0 && args[0].equals("--gazetteers-only");
    int first = gazetteersOnly ? 1 : 0;
    if (args.length <= first) {
      System.err.println(
          "usage: EntityModelTrainer [--gazetteers-only] SHARED_DATA_DIR [OUTPUT_DIR]");
      System.exit(2);
    }
    Path data = Path.of(args[first]);
    Path output = Path.of(args.length > first + 1 ? args[first + 1] : DEFAULT_OUTPUT);
    if (gazetteersOnly) {
      Files.createDirectories(output);
      GazetteerCompiler.compile(entitiesDir(data), output);
    } else {
      train(data, output);
    }
  }

  private static Path entitiesDir(Path sharedDataDir) {
    return Files.isDirectory(sharedDataDir.resolve("entities"))
        ? sharedDataDir.resolve("entities")
        : sharedDataDir;
  }

  /**
   * Trains the model and compiles the gazetteers into {@code outputDir}.
   *
   * @param sharedDataDir the shared data directory, or its {@code entities} sub-directory
   */
  public static void train(Path sharedDataDir, Path outputDir) throws IOException {
    Path dataDir = entitiesDir(sharedDataDir);
    Files.createDirectories(outputDir);
    GazetteerCompiler.compile(dataDir, outputDir);
    TokenNameFinderModel model = trainModel(dataDir);
    try (OutputStream out = Files.newOutputStream(outputDir.resolve(MODEL_FILE))) {
      model.serialize(out);
    }
  }

  static TokenNameFinderModel trainModel(Path dataDir) throws IOException {
    TitleMatcher titles = TitleMatcher.load();
    List<NameSample> samples = new ArrayList<>();
    for (LabelledCorpus.Item item : LabelledCorpus.trainingItems(dataDir)) {
      samples.add(toSample(item, titles));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    // Greedy decoding: the tagger must stay well under a millisecond per article.
    params.put("BeamSize", 1);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(
            featureDescriptor(), WordClusters.load().asResources(), new BilouCodec());
    return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
  }

  /** The corpus body is tokens joined by single spaces; titles are cut from person spans. */
  static NameSample toSample(LabelledCorpus.Item item, TitleMatcher titles) {
    List<String> tokens = Arrays.asList(item.body().split(" "));
    int[] starts = new int[tokens.size()];
    int offset = 0;
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = offset;
      offset += tokens.get(i).length() + 1;
    }
    List<Span> spans = new ArrayList<>();
    for (LabelledCorpus.GoldMention m : item.mentions()) {
      int first = Arrays.binarySearch(starts, m.begin());
      int last = Arrays.binarySearch(starts, m.end() + 1);
      int end = last >= 0 ? last : tokens.size();
      if (first < 0 || end <= first) {
        continue;
      }
      if (m.type().equals("PERSON")) {
        if (titles.withinTitle(tokens, first, end)) {
          continue; // "Prime" labelled a person in "Prime Minister Silvio Berlusconi"
        }
        first += titles.leadingTitles(tokens, first, end);
      }
      spans.add(new Span(first, end, NameTypes.fromLabel(m.type())));
    }
    return new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true);
  }

  static byte[] featureDescriptor() {
    try (InputStream in = EntityModelTrainer.class.getResourceAsStream("ner-features.xml")) {
      if (in == null) {
        throw new IllegalStateException("Missing resource ner-features.xml");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
