package io.wirestream.local.cli;

import com.sun.net.httpserver.HttpServer;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.http.IntakeHandler;
import io.wirestream.ingest.source.FeedFetcher;
import io.wirestream.ingest.source.FeedPoller;
import io.wirestream.ingest.source.InboxWatcher;
import io.wirestream.ingest.source.IngestService;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The long-running sources of the ingest service: inbox folder, polled feeds, HTTP intake. */
public final class IngestSourceOptions {

  @Option(
      names = "--inbox",
      paramLabel = "DIR",
      description = "Folder to watch: files dropped here are ingested once.")
  Path inbox;

  @Option(names = "--feed", paramLabel = "URL", description = "RSS/Atom feed to poll (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(
      names = "--poll-interval",
      defaultValue = "PT5M",
      paramLabel = "DURATION",
      description = "Time between feed polls, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  @Option(
      names = "--feed-state",
      defaultValue = "feeds.json",
      paramLabel = "FILE",
      description =
          "Where feed validators (ETag, Last-Modified) are kept across restarts (default: ${DEFAULT-VALUE}).")
  Path feedState;

  @Option(
      names = "--intake-port",
      defaultValue = "-1",
      paramLabel = "PORT",
      description = "Serve POST /articles on this port (default: off).")
  int intakePort;

  @Option(
      names = "--intake-host",
      defaultValue = "127.0.0.1",
      description = "Interface for the intake (default: ${DEFAULT-VALUE}).")
  String intakeHost;

  @Option(
      names = "--intake-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:WIRESTREAM_INTAKE_TOKEN}",
      description =
          "Bearer token the intake requires (default: none, or $WIRESTREAM_INTAKE_TOKEN).")
  String intakeToken;

  @Option(
      names = "--intake-max-bytes",
      defaultValue = "16777216",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long intakeMaxBytes;

  /** Starts whichever sources are configured; closing stops them. */
  AutoCloseable start(IngestService ingest, PrintStream out) throws IOException {
    List<AutoCloseable> started = new ArrayList<>();
    if (inbox != null) {
      started.add(new InboxWatcher(inbox, ingest, Duration.ofSeconds(1)));
      out.println("Watching inbox " + inbox.toAbsolutePath());
    }
    if (!feeds.isEmpty()) {
      started.add(
          new FeedPoller(
              feeds,
              FeedFetcher.http(Duration.ofSeconds(30), IngestLimits.DEFAULTS),
              ingest,
              feedState,
              pollInterval));
      out.println("Polling " + feeds.size() + " feed(s) every " + pollInterval);
    }
    if (intakePort >= 0) {
      HttpServer server = HttpServer.create(new InetSocketAddress(intakeHost, intakePort), 0);
      server.createContext(
          IntakeHandler.PATH, new IntakeHandler(ingest, intakeToken, intakeMaxBytes));
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
      server.start();
      started.add(() -> server.stop(1));
      out.println(
          "HTTP intake on http://"
              + intakeHost
              + ":"
              + server.getAddress().getPort()
              + IntakeHandler.PATH
              + (intakeToken == null || intakeToken.isBlank() ? "" : " (bearer token required)"));
    }
    if (started.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "Nothing to run: give --inbox, --feed or --intake-port");
    }
    return () -> {
      for (AutoCloseable source : started) {
        source.close();
      }
    };
  }
}
