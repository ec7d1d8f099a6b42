package io.wirestream.local.bench;

import io.wirestream.avro.Entity;
import io.wirestream.enrich.entities.EntityTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * Time to tag one 3 KB news article with the entity tagger (single thread), and to load it. Run
 * with {@code java -cp <local classpath> org.openjdk.jmh.Main EntityTaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EntityTaggerBenchmark {

  private EntityTagger tagger;
  private String headline;
  private String body;

  @Setup
  public void load() throws IOException {
    tagger = EntityTagger.load();
    try (InputStream in = EntityTaggerBenchmark.class.getResourceAsStream("entity-article.txt")) {
      String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int newline = article.indexOf('\n');
      headline = article.substring(0, newline);
      body = article.substring(newline + 1);
    }
  }

  @Benchmark
  public List<Entity> tagArticle() {
    return tagger.tag(headline, body);
  }

  /** Cold start: loading gazetteers and model, once per fork. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(3)
  public EntityTagger loadTagger() {
    return EntityTagger.load();
  }
}
