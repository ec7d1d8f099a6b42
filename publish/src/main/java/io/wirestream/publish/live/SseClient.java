package io.wirestream.publish.live;

import io.wirestream.publish.route.ArticlePredicate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One connected live-stream client: its filter, a bounded queue of events waiting to be written,
 * and how far it has read. The feed thread only ever offers to the queue; a client too slow to keep
 * it from filling up is marked dropped, receives a final {@code event: dropped} with the reason,
 * and is disconnected, so one slow dashboard never holds up the feed or the others.
 */
public final class SseClient {

  private final ArticlePredicate filter;
  private final BlockingQueue<LiveEvent> queue;
  private final int queueSize;
  private volatile String dropReason;
  private StreamPosition position;

  public SseClient(ArticlePredicate filter, int queueSize, StreamPosition start) {
    this.filter = filter;
    this.queueSize = queueSize;
    this.queue = new ArrayBlockingQueue<>(queueSize);
    this.position = start;
  }

  public boolean wants(LiveEvent event) {
    return filter.test(event.article());
  }

  /** Called by the feed: queues the event if it matches; never blocks. */
  void offer(LiveEvent event) {
    if (dropReason != null || !wants(event)) {
      return;
    }
    if (!queue.offer(event)) {
      dropReason =
          "client fell more than "
              + queueSize
              + " events behind; reconnect with Last-Event-ID to resume";
    }
  }

  /**
   * Writes the backlog, then queued events as they come, with keep-alive comments when idle, until
   * the client goes away (IOException), is dropped, or {@code open} says the service is closing.
   *
   * @return the reason the client was dropped, or null
   */
  String serve(
      OutputStream out,
      List<LiveEvent> backlog,
      Duration heartbeat,
      java.util.function.BooleanSupplier open,
      Runnable onEvent)
      throws IOException, InterruptedException {
    out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    for (LiveEvent event : backlog) {
      write(out, event, onEvent);
    }
    out.flush();
    while (open.getAsBoolean()) {
      if (dropReason != null) {
        out.write(
            ("event: dropped\ndata: {\"reason\":\"" + dropReason + "\"}\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        return dropReason;
      }
      LiveEvent event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
      } else {
        write(out, event, onEvent);
        for (LiveEvent more = queue.poll(); more != null; more = queue.poll()) {
          write(out, more, onEvent);
        }
      }
      out.flush();
    }
    return null;
  }

  private void write(OutputStream out, LiveEvent event, Runnable onEvent) throws IOException {
    // Backlog and queue can overlap by a few events; the position makes each arrive once.
    if (!position.isBefore(event.partition(), event.offset())) {
      return;
    }
    position = position.with(event.partition(), event.offset());
    // The id is the client's position, not the event's: filtered-out events are passed too.
    String frame = "id: " + event.position() + "\nevent: article\ndata: " + event.json() + "\n\n";
    out.write(frame.getBytes(StandardCharsets.UTF_8));
    onEvent.run();
  }
}
