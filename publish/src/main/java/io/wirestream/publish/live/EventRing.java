package io.wirestream.publish.live;

import io.wirestream.avro.EnrichedArticle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;

/**
 * The most recent articles of the enriched topic, in arrival order, and the clients listening for
 * new ones. Bounded: the oldest event leaves when a new one arrives at capacity. Subscribing hands
 * over the backlog and registers the client under one lock, so no event falls between the two.
 * Thread-safe.
 */
public final class EventRing {

  private final int capacity;
  private final ArrayDeque<LiveEvent> events;
  private final Set<SseClient> clients = new CopyOnWriteArraySet<>();
  private StreamPosition position = StreamPosition.START;

  public EventRing(int capacity) {
    this.capacity = capacity;
    this.events = new ArrayDeque<>(Math.min(capacity, 4096));
  }

  /** Adds a record read at {@code partition}/{@code offset} and offers it to every client. */
  public synchronized LiveEvent append(
      int partition, long offset, EnrichedArticle article, String json) {
    position = position.with(partition, offset);
    LiveEvent event = new LiveEvent(partition, offset, position, article, json);
    if (events.size() == capacity) {
      events.removeFirst();
    }
    events.addLast(event);
    for (SseClient client : clients) {
      client.offer(event);
    }
    return event;
  }

  /**
   * Registers {@code client} and returns what it missed: the events after {@code from} when
   * resuming, else the last {@code backlog} events that satisfy {@code filter}.
   */
  public synchronized List<LiveEvent> subscribe(
      SseClient client, StreamPosition from, int backlog, Predicate<LiveEvent> filter) {
    List<LiveEvent> missed = new ArrayList<>();
    if (from != null) {
      for (LiveEvent e : events) {
        if (from.isBefore(e.partition(), e.offset()) && filter.test(e)) {
          missed.add(e);
        }
      }
    } else if (backlog > 0) {
      for (var it = events.descendingIterator(); it.hasNext() && missed.size() < backlog; ) {
        LiveEvent e = it.next();
        if (filter.test(e)) {
          missed.add(0, e);
        }
      }
    }
    clients.add(client);
    return missed;
  }

  public void unsubscribe(SseClient client) {
    clients.remove(client);
  }

  public int clientCount() {
    return clients.size();
  }

  public synchronized int size() {
    return events.size();
  }

  /** Where the newest event stands; a new client without history starts here. */
  public synchronized StreamPosition position() {
    return position;
  }
}
