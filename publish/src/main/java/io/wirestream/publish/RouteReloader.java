package io.wirestream.publish;

import io.wirestream.publish.route.RouteConfigException;
import io.wirestream.publish.route.RouteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a route file by polling its content (robust on every file system and editor, which
 * replace files in different ways) and hands each new, valid table to a listener. A file that does
 * not load is reported and the routes in force stay.
 */
final class RouteReloader implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RouteReloader.class);

  private final Path file;
  private final Consumer<RouteTable> listener;
  private final ScheduledExecutorService poller;
  private byte[] lastContent;

  RouteReloader(Path file, Duration interval, Consumer<RouteTable> listener) {
    this.file = file;
    this.listener = listener;
    this.lastContent = read();
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wirestream-routes");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(
        this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private byte[] read() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  private void check() {
    byte[] content = read();
    if (content == null || Arrays.equals(content, lastContent)) {
      return;
    }
    lastContent = content;
    try {
      RouteTable table = RouteTable.load(file);
      log.info(
          "Route file {} changed: {} route(s); restarting the publish topology",
          file,
          table.routes().size());
      listener.accept(table);
    } catch (RouteConfigException e) {
      log.error(
          "Route file {} changed but cannot be used; keeping the routes in force. {}",
          file,
          e.getMessage());
    } catch (RuntimeException e) {
      log.error("Applying the new routes of {} failed", file, e);
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
