package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.SchemaRegistry.SchemaRequest;
import io.wirestream.registry.store.SchemaIndex;
import io.wirestream.registry.store.SchemaStore;
import io.wirestream.registry.store.StoreChange;
import io.wirestream.registry.store.StoreRecordCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Two registry instances sharing one topic, simulated: another instance's record lands in the log
 * just before ours. The earlier record must win, and the log must still say so after compaction
 * keeps only the last record per key.
 */
class ConcurrentWritersTest {

  private static final String OURS = "{\"type\":\"fixed\",\"name\":\"Ours\",\"size\":4}";
  private static final String THEIRS = "{\"type\":\"fixed\",\"name\":\"Theirs\",\"size\":8}";

  /** A log-backed store where a foreign write can be slipped in before our next write. */
  private static final class RacingStore implements SchemaStore {
    final SchemaIndex index = new SchemaIndex();
    final List<StoreChange> log = new ArrayList<>();
    StoreChange foreign;

    @Override
    public void start() {}

    @Override
    public SchemaIndex index() {
      return index;
    }

    @Override
    public void sync() {}

    @Override
    public void write(StoreChange change) {
      if (foreign != null) {
        append(foreign);
        foreign = null;
      }
      append(change);
    }

    private void append(StoreChange change) {
      log.add(change);
      index.apply(change);
    }

    @Override
    public void close() {}

    /** The log as compaction leaves it: the last record per key, in log order. */
    SchemaIndex replayCompacted() {
      Map<ByteBuffer, StoreChange> lastByKey = new LinkedHashMap<>();
      for (StoreChange change : log) {
        ByteBuffer key = ByteBuffer.wrap(StoreRecordCodec.encode(change).key());
        lastByKey.remove(key);
        lastByKey.put(key, change);
      }
      SchemaIndex replayed = new SchemaIndex();
      lastByKey.values().forEach(replayed::apply);
      return replayed;
    }
  }

  private static SchemaVersion theirs(String subject, int version, int id) {
    return new SchemaVersion(subject, version, id, null, THEIRS, List.of(), false);
  }

  @Test
  void losingARaceForTheSameVersionTakesTheNextOneAndKeepsTheWinnerInTheLog() {
    RacingStore store = new RacingStore();
    SchemaRegistry registry = new SchemaRegistry(store, CompatibilityLevel.NONE);
    store.foreign = new StoreChange.PutSchema(theirs("s", 1, 1));

    int id = registry.register("s", new SchemaRequest(OURS, null, null), false);

    assertThat(id).isEqualTo(2);
    for (SchemaIndex index : List.of(store.index, store.replayCompacted())) {
      assertThat(index.version("s", 1).orElseThrow().schema()).isEqualTo(THEIRS);
      assertThat(index.version("s", 2).orElseThrow().id()).isEqualTo(2);
      assertThat(index.schemaById(2).orElseThrow().schema()).contains("Ours");
    }
  }

  @Test
  void losingARaceForTheSameIdMovesOurVersionToAFreshId() {
    RacingStore store = new RacingStore();
    SchemaRegistry registry = new SchemaRegistry(store, CompatibilityLevel.NONE);
    store.foreign = new StoreChange.PutSchema(theirs("other", 1, 1));

    int id = registry.register("s", new SchemaRequest(OURS, null, null), false);

    assertThat(id).isEqualTo(2);
    for (SchemaIndex index : List.of(store.index, store.replayCompacted())) {
      assertThat(index.schemaById(1).orElseThrow().schema()).isEqualTo(THEIRS);
      assertThat(index.schemaById(2).orElseThrow().schema()).contains("Ours");
      assertThat(index.version("s", 1).orElseThrow().id()).isEqualTo(2);
    }
  }

  @Test
  void aRaceForTheSameSchemaNeedsNoRepair() {
    RacingStore store = new RacingStore();
    SchemaRegistry registry = new SchemaRegistry(store, CompatibilityLevel.NONE);
    store.foreign =
        new StoreChange.PutSchema(
            new SchemaVersion(
                "other", 1, 1, null, new Schema.Parser().parse(OURS).toString(), List.of(), false));

    int id = registry.register("s", new SchemaRequest(OURS, null, null), false);

    assertThat(id).isEqualTo(1);
    assertThat(store.log).hasSize(2);
  }
}
