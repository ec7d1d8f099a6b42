package io.wirestream.ingest.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on an interval with conditional GET (ETag / Last-Modified), ingesting what changed.
 * The validators of each feed are kept in a small JSON file, so a restart does not fetch and
 * re-send unchanged feeds; resent items are duplicates anyway (the ledger), and edited items come
 * out as new versions of the same article.
 */
public final class FeedPoller implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Validators(String etag, String lastModified) {}

  private final List<URI> feeds;
  private final FeedFetcher fetcher;
  private final IngestService ingest;
  private final Path stateFile;
  private final Map<String, Validators> state;
  private final ScheduledExecutorService poller;

  /**
   * @param stateFile where validators are kept across restarts
   * @param interval time between polls of all feeds; zero for no background polling ({@link
   *     #pollAll})
   */
  public FeedPoller(
      List<URI> feeds, FeedFetcher fetcher, IngestService ingest, Path stateFile, Duration interval)
      throws IOException {
    this.feeds = List.copyOf(feeds);
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.stateFile = stateFile;
    this.state = load(stateFile);
    if (interval.isZero() || feeds.isEmpty()) {
      this.poller = null;
    } else {
      this.poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "feed-poller"));
      poller.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Polls every feed once; a failing feed is a dead letter and does not stop the others. */
  public synchronized void pollAll() {
    for (URI feed : feeds) {
      poll(feed);
    }
  }

  private void poll(URI feed) {
    Validators known = state.getOrDefault(feed.toString(), new Validators(null, null));
    try {
      FeedFetcher.Response response = fetcher.fetch(feed, known.etag(), known.lastModified());
      if (response.notModified()) {
        log.debug("Feed {} not modified", feed);
        return;
      }
      ingest.ingest(
          new InputDocument(feed.toString(), response.body(), response.contentType()),
          new SourceInfo(
              feed.getHost() == null ? feed.toString() : feed.getHost(),
              SourceKind.FEED,
              feed.toString()));
      ingest.flush();
      state.put(feed.toString(), new Validators(response.etag(), response.lastModified()));
      save();
    } catch (IngestException e) {
      ingest.reject(InputDocument.of(feed.toString(), new byte[0]), e);
      ingest.flush();
    } catch (IOException | RuntimeException e) {
      log.warn("Feed {} could not be polled: {}", feed, e.toString());
    }
  }

  private static Map<String, Validators> load(Path file) throws IOException {
    Map<String, Validators> map = new TreeMap<>();
    if (Files.exists(file)) {
      JSON.readTree(file.toFile())
          .fields()
          .forEachRemaining(
              e ->
                  map.put(
                      e.getKey(),
                      new Validators(
                          e.getValue().path("etag").textValue(),
                          e.getValue().path("lastModified").textValue())));
    }
    return map;
  }

  private void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    state.forEach(
        (url, v) ->
            root.putObject(url).put("etag", v.etag()).put("lastModified", v.lastModified()));
    Files.createDirectories(stateFile.toAbsolutePath().getParent());
    Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
  }
}
