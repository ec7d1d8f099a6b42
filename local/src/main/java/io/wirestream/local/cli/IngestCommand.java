package io.wirestream.local.cli;

import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.kafka.IngestCounts;
import io.wirestream.ingest.source.IngestService;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.config.ServiceConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wirestream ingest PATH-or-URL...}: files, folders, feeds and stdin into news.raw. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read files, folders (recursively), feed or page URLs, or - for stdin, and produce their articles to news.raw.",
      "Prints accepted / duplicate / rejected counts; rejected items go to news.dlq with the reason."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH-or-URL",
      description = "Files, folders, http(s) URLs, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    ServiceConfig config = connection.load();
    Topics topics = RunCommand.ensureTopics(config);
    try (IngestService ingest =
            IngestService.connect(config.kafkaClient(), topics, Clock.systemUTC());
        Progress progress = Progress.onTerminal(ingest::counts)) {
      for (String input : inputs) {
        if (input.equals("-")) {
          ingest.ingestStream("stdin", System.in, SourceKind.STDIN);
        } else if (input.startsWith("http://") || input.startsWith("https://")) {
          ingest.ingestUrl(URI.create(input));
        } else {
          ingest.ingestPath(Path.of(input));
        }
      }
      ingest.flush();
      progress.close();
      System.out.println(summary(ingest.counts()));
    }
    return 0;
  }

  static String summary(IngestCounts counts) {
    return "Ingested: " + counts;
  }
}
