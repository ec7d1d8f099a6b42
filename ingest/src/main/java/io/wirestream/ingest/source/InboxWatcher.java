package io.wirestream.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched inbox folder: a file dropped into it is ingested once, then moved to {@code processed/}
 * inside the inbox (its articles, duplicates and dead letters are on the topics). A file is taken
 * only when its size has not changed between two polls, so a copy in progress is not read
 * half-written. Polling rather than WatchService, because it behaves the same on every file system
 * (network shares and container volumes included).
 */
public final class InboxWatcher implements AutoCloseable {

  public static final String PROCESSED = "processed";
  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

  private final Path inbox;
  private final IngestService ingest;
  private final ScheduledExecutorService poller;
  private final Map<Path, Long> lastSizes = new HashMap<>();

  public InboxWatcher(Path inbox, IngestService ingest, Duration interval) throws IOException {
    this.inbox = inbox;
    this.ingest = ingest;
    Files.createDirectories(inbox.resolve(PROCESSED));
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "inbox-watcher"));
    poller.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pollSafely() {
    try {
      poll();
    } catch (IOException | RuntimeException e) {
      log.warn("Inbox {} could not be read: {}", inbox, e.getMessage());
    }
  }

  /** One pass: ingest every file whose size is stable since the last pass. */
  synchronized void poll() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(inbox)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    }
    lastSizes.keySet().retainAll(files);
    for (Path file : files) {
      long size = Files.size(file);
      Long previous = lastSizes.put(file, size);
      if (previous == null || previous != size) {
        continue; // new or still growing: look again next time
      }
      ingest.ingestPath(file);
      ingest.flush();
      Files.move(
          file,
          inbox.resolve(PROCESSED).resolve(file.getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
      lastSizes.remove(file);
      log.info("Ingested {} from the inbox ({})", file.getFileName(), ingest.counts());
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
