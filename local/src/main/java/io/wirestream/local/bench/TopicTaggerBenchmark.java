package io.wirestream.local.bench;

import io.wirestream.avro.Topic;
import io.wirestream.enrich.keywords.KeywordExtractor;
import io.wirestream.enrich.language.LanguageDetector;
import io.wirestream.enrich.topics.TopicTagger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per 3 KB article of the topic tagger, the keyword extractor and the language detector, alone
 * and together, on one thread. Run: {@code java -cp <local classpath> org.openjdk.jmh.Main
 * TopicTaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TopicTaggerBenchmark {

  static final String HEADLINE =
      "Ministers meet as talks on energy prices and border security stall";

  /** Written for the benchmark: several topics, names and numbers, as a wire story has. */
  static final String[] PARAGRAPHS = {
    "Foreign ministers from the two countries met in Geneva on Thursday for a second round of talks on energy"
        + " prices and border security, but officials on both sides said little progress had been made.",
    "The talks follow weeks of tension after troops were moved closer to the border and a gas pipeline was"
        + " shut for repairs. Energy prices rose 12% last month, and the central bank warned that inflation"
        + " could stay high until next year.",
    "Prime Minister Elena Varga told parliament that her government wanted a deal before winter. The"
        + " opposition accused her of giving away too much, and several hundred people protested outside the"
        + " ministry on Wednesday evening.",
    "Industry groups said factories were cutting shifts because of the cost of electricity, and the largest"
        + " union threatened strikes if wages did not keep up with prices. Economists expect growth to slow.",
    "A spokesman for the United Nations said the organisation was ready to help with monitoring along the"
        + " border if both governments asked for it. The next meeting is planned for early next month.",
  };

  TopicTagger topics;
  KeywordExtractor keywords;
  LanguageDetector language;
  String body;

  @Setup
  public void setUp() {
    topics = TopicTagger.load();
    keywords = KeywordExtractor.standard();
    language = LanguageDetector.load();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 3000; i++) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(PARAGRAPHS[i % PARAGRAPHS.length]);
    }
    body = sb.substring(0, 3000);
  }

  @Benchmark
  public List<Topic> topics() {
    return topics.tag(HEADLINE, body);
  }

  @Benchmark
  public List<String> keywords() {
    return keywords.keywords(HEADLINE, body);
  }

  @Benchmark
  public Optional<String> language() {
    return language.detect(body);
  }

  @Benchmark
  public void allThree(Blackhole hole) {
    hole.consume(topics.tag(HEADLINE, body));
    hole.consume(keywords.keywords(HEADLINE, body));
    hole.consume(language.detect(body));
  }
}
