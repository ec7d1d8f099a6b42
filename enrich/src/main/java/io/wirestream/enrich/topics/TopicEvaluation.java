package io.wirestream.enrich.topics;

import io.wirestream.avro.Topic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores a topic tagger against labelled stories: top-1 accuracy of the highest-scoring level-1
 * topic (correct when it is one of the reference topics) and micro precision, recall and F1 of the
 * predicted level-1 set against the reference set. Stories without reference topics are skipped: an
 * empty label means "unknown", not "none".
 */
public final class TopicEvaluation {

  /** Figures over {@code items} stories. */
  public record Result(int items, double top1Accuracy, double precision, double recall, double f1) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "items=%d top1=%.3f P=%.3f R=%.3f F1=%.3f",
          items,
          top1Accuracy,
          precision,
          recall,
          f1);
    }
  }

  private TopicEvaluation() {}

  public static Result evaluate(List<LabelledArticle> items, TopicTagger tagger) {
    return evaluate(items, tagger::tag);
  }

  /** Evaluates any function from (headline, body) to topics, best first. */
  public static Result evaluate(
      List<LabelledArticle> items, BiFunction<String, String, List<Topic>> tagger) {
    int n = 0;
    int top1 = 0;
    int truePositives = 0;
    int predicted = 0;
    int reference = 0;
    for (LabelledArticle item : items) {
      if (item.topics().isEmpty()) {
        continue;
      }
      n++;
      Set<String> gold = new HashSet<>(item.topics());
      List<Topic> topics = tagger.apply(item.headline(), item.body());
      Set<String> subjects = new HashSet<>();
      String best = null;
      for (Topic topic : topics) {
        String qcode = topic.getQcode().toString();
        if (isSubject(qcode)) {
          subjects.add(qcode);
          if (best == null) {
            best = qcode; // topics come best first
          }
        }
      }
      if (best != null && gold.contains(best)) {
        top1++;
      }
      for (String s : subjects) {
        if (gold.contains(s)) {
          truePositives++;
        }
      }
      predicted += subjects.size();
      reference += gold.size();
    }
    double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
    double recall = reference == 0 ? 0 : (double) truePositives / reference;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(n, n == 0 ? 0 : (double) top1 / n, precision, recall, f1);
  }

  /** Level-1 IPTC Media Topic qcodes are medtop:NN000000 with NN from 01 to 17. */
  static boolean isSubject(String qcode) {
    return qcode.length() == 15
        && qcode.startsWith("medtop:")
        && qcode.endsWith("000000")
        && !qcode.startsWith("medtop:2");
  }
}
