package io.wirestream.local.cli;

import io.wirestream.enrich.entities.EntityEvaluation;
import io.wirestream.enrich.entities.EntityTagger;
import io.wirestream.enrich.entities.LabelledCorpus;
import io.wirestream.enrich.topics.LabelledArticle;
import io.wirestream.enrich.topics.TopicCorpus;
import io.wirestream.enrich.topics.TopicEvaluation;
import io.wirestream.enrich.topics.TopicTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wirestream eval-tags FILE.jsonl}: scores the topic and entity taggers against a labelled
 * JSON Lines file ({@code topics}: level-1 qcodes; {@code entities}: spans with type and text).
 */
@Command(
    name = "eval-tags",
    mixinStandardHelpOptions = true,
    description = {
      "Score the taggers against a labelled JSON Lines file (.gz too).",
      "Topics: top-1 accuracy of the highest-scoring level-1 topic, micro P/R/F1 over level-1 sets.",
      "Entities: P/R/F1 per type and overall, matching (type, mention text) per document."
    })
public final class EvalTagsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.jsonl")
  Path file;

  @Option(
      names = "--held-out",
      description = "Only the items of the project's fixed held-out split (never trained on).")
  boolean heldOut;

  @Option(
      names = "--dev",
      description =
          "Topics: only the items of the development part the topic model is tuned on (entities are"
              + " not scored).")
  boolean dev;

  @Option(
      names = "--reliable",
      description = "Topics: only items from sections that map to one IPTC subject.")
  boolean reliable;

  @Override
  public Integer call() throws Exception {
    if (heldOut && dev) {
      System.err.println("--held-out and --dev select disjoint parts; give one of them");
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("No such file: " + file);
      return 2;
    }
    List<LabelledCorpus.Item> items = LabelledCorpus.read(file);
    List<LabelledArticle> withTopics =
        io.wirestream.enrich.topics.LabelledArticles.read(file).stream()
            .filter(i -> !i.topics().isEmpty())
            .toList();
    if (heldOut) {
      items = items.stream().filter(i -> LabelledCorpus.isHeldOut(i.id())).toList();
      withTopics = withTopics.stream().filter(TopicCorpus::isHeldOut).toList();
    }
    if (dev) {
      // Entity data has no development part of its own.
      items = List.of();
      withTopics = withTopics.stream().filter(TopicCorpus::isDevelopment).toList();
    }
    if (reliable) {
      withTopics = TopicCorpus.reliable(withTopics);
    }
    System.out.println(
        "File: " + file + (heldOut ? " (held-out split)" : dev ? " (development part)" : ""));
    if (!withTopics.isEmpty()) {
      TopicEvaluation.Result topics = TopicEvaluation.evaluate(withTopics, TopicTagger.load());
      System.out.printf(
          "Topics   %d items: top-1 accuracy %.3f   micro P %.3f  R %.3f  F1 %.3f%n",
          topics.items(), topics.top1Accuracy(), topics.precision(), topics.recall(), topics.f1());
    }
    // A file that labels entities labels every line: a line without any counts its false positives.
    List<LabelledCorpus.Item> withEntities =
        items.stream().anyMatch(i -> !i.mentions().isEmpty()) ? items : List.of();
    if (!withEntities.isEmpty()) {
      EntityEvaluation.Report entities =
          new EntityEvaluation(null).evaluate(withEntities, EntityTagger.load());
      System.out.println("Entities " + withEntities.size() + " items:");
      entities
          .byType()
          .forEach(
              (type, score) ->
                  System.out.printf(
                      "  %-13s P %.3f  R %.3f  F1 %.3f%n",
                      type, score.precision(), score.recall(), score.f1()));
      System.out.printf(
          "  %-13s P %.3f  R %.3f  F1 %.3f%n",
          "overall",
          entities.overall().precision(),
          entities.overall().recall(),
          entities.overall().f1());
    }
    if (withTopics.isEmpty() && withEntities.isEmpty()) {
      System.out.println("No labelled topics or entities in " + file);
    }
    return 0;
  }
}
