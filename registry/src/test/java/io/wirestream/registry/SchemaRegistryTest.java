package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.SchemaRegistry.SchemaRequest;
import io.wirestream.registry.store.InMemorySchemaStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The registry's rules without HTTP. */
class SchemaRegistryTest {

  @Test
  void concurrentRegistrationsOfDistinctSchemasGetDistinctIds() throws Exception {
    SchemaRegistry registry =
        new SchemaRegistry(new InMemorySchemaStore(), CompatibilityLevel.NONE);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String schema = "{\"type\":\"fixed\",\"name\":\"F" + i + "\",\"size\":" + (i + 1) + "}";
      String subject = "s" + (i % 4);
      tasks.add(() -> registry.register(subject, new SchemaRequest(schema, null, null), false));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Set<Integer> ids = new HashSet<>();
    try {
      for (Future<Integer> id : pool.invokeAll(tasks)) {
        ids.add(id.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids).hasSize(40).allMatch(id -> id >= 1 && id <= 40);
    assertThat(registry.versionNumbers("s0", false)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void configuredDefaultLevelAppliesUntilChanged() {
    SchemaRegistry registry =
        new SchemaRegistry(new InMemorySchemaStore(), CompatibilityLevel.FULL);

    assertThat(registry.level("any")).isEqualTo(CompatibilityLevel.FULL);
    registry.setLevel(null, "forward");
    assertThat(registry.level("any")).isEqualTo(CompatibilityLevel.FORWARD);
    registry.setLevel("any", "NONE");
    assertThat(registry.level("any")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(registry.level("other")).isEqualTo(CompatibilityLevel.FORWARD);
  }
}
