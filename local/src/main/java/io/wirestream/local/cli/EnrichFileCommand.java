package io.wirestream.local.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.wirestream.avro.PublishedFrom;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.SourceKind;
import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.StatedDate;
import io.wirestream.ingest.ArticleResult;
import io.wirestream.ingest.RawArticleReader;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.time.Timestamps;
import io.wirestream.local.offline.JsonLinesArticles;
import io.wirestream.schemas.json.AvroJson;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wirestream enrich-file}: enrichment without Kafka. One article in any ingest format gives
 * one EnrichedArticle as JSON; a JSON Lines file gives one JSON line per input line, in order, with
 * {@code {"id": ..., "error": ...}} for a line that cannot be read.
 */
@Command(
    name = "enrich-file",
    mixinStandardHelpOptions = true,
    description = {
      "Enrich offline (no Kafka): an article file in any ingest format, or a JSON Lines file (.gz too), or - for stdin.",
      "JSON Lines: one object a line with body and optionally id, headline, published; one EnrichedArticle JSON a line out."
    })
public final class EnrichFileCommand implements Callable<Integer> {

  private static final int CHUNK = 512;

  @Parameters(paramLabel = "FILE", description = "Article file, JSON Lines file, or - for stdin.")
  String file;

  @Option(
      names = "--published",
      paramLabel = "ISO-8601",
      description =
          "Publication time for articles that carry none; relative dates resolve against it.")
  String published;

  @Override
  public Integer call() throws IOException {
    OffsetDateTime defaultPublished = null; // taken from each story: see JsonLinesArticles
    if (published != null) {
      defaultPublished = Timestamps.parseWithOffset(published);
      if (defaultPublished == null) {
        System.err.println("--published is not an ISO-8601 date or date-time: " + published);
        return 2;
      }
    } else {
      System.err.println(
          "Note: articles without a publication time resolve relative dates against the first "
              + "full date they state (else 1970-01-01); pass --published to set one.");
    }
    byte[] bytes = read();
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out),
            false,
            StandardCharsets.UTF_8);
    Enricher enricher = Enricher.standard();
    if (isJsonLines(bytes)) {
      enrichLines(bytes, new JsonLinesArticles(defaultPublished, file), enricher, out);
    } else {
      InputDocument document = new InputDocument(file, bytes, null);
      List<ArticleResult> results =
          RawArticleReader.withDefaults()
              .read(
                  document,
                  new SourceInfo(file, SourceKind.FILE, file),
                  defaultPublished == null ? Instant.EPOCH : defaultPublished.toInstant());
      for (ArticleResult result : results) {
        if (result instanceof ArticleResult.Accepted accepted) {
          RawArticle article = accepted.article();
          if (article.getPublishedFrom() == PublishedFrom.RECEIVED) {
            if (defaultPublished == null) {
              Instant stated = StatedDate.referenceFor(article.getHeadline(), article.getBody());
              article.setPublished(stated);
              article.setReceived(stated);
            } else {
              article.setPublishedOffset(defaultPublished.getOffset().getTotalSeconds());
            }
          }
          out.println(AvroJson.toJson(enricher.enrich(article)));
        } else {
          out.println(error(null, ((ArticleResult.Rejected) result).error().getMessage()));
        }
      }
    }
    out.flush();
    return 0;
  }

  private byte[] read() throws IOException {
    byte[] bytes = "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return gz.readAllBytes();
      }
    }
    return bytes;
  }

  /**
   * JSON Lines when the name says so, or when the first line is a whole JSON object and more lines
   * follow (a pretty-printed object starts with a lone brace instead).
   */
  boolean isJsonLines(byte[] bytes) {
    String name = file.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return true;
    }
    int lines = 0;
    try (BufferedReader reader = reader(bytes)) {
      String line;
      while ((line = reader.readLine()) != null && lines < 2) {
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (lines == 0 && !(t.startsWith("{") && t.endsWith("}"))) {
          return false;
        }
        lines++;
      }
    } catch (IOException e) {
      return false;
    }
    return lines >= 2;
  }

  /** Enriches in chunks on all cores, printing in input order. */
  private static void enrichLines(
      byte[] bytes, JsonLinesArticles articles, Enricher enricher, PrintStream out)
      throws IOException {
    try (BufferedReader lines = reader(bytes)) {
      List<String> chunk = new ArrayList<>(CHUNK);
      long lineNumber = 0;
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        chunk.add(lineNumber + "\t" + line);
        if (chunk.size() == CHUNK) {
          flush(chunk, articles, enricher, out);
        }
      }
      flush(chunk, articles, enricher, out);
    }
  }

  private static void flush(
      List<String> chunk, JsonLinesArticles articles, Enricher enricher, PrintStream out) {
    chunk.parallelStream()
        .map(
            numbered -> {
              int tab = numbered.indexOf('\t');
              long number = Long.parseLong(numbered.substring(0, tab));
              String line = numbered.substring(tab + 1);
              try {
                RawArticle raw = articles.article(line, number);
                return AvroJson.toJson(enricher.enrich(raw));
              } catch (RuntimeException e) {
                return error(
                    JsonLinesArticles.idOf(line),
                    e.getMessage() == null ? e.toString() : e.getMessage());
              }
            })
        .toList()
        .forEach(out::println);
    chunk.clear();
  }

  private static String error(String id, String message) {
    JsonStringEncoder json = JsonStringEncoder.getInstance();
    return "{\"id\":"
        + (id == null ? "null" : "\"" + new String(json.quoteAsString(id)) + "\"")
        + ",\"error\":\""
        + new String(json.quoteAsString(message))
        + "\"}";
  }

  private static BufferedReader reader(byte[] bytes) {
    return new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
  }
}
