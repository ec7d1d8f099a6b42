package io.wirestream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.SchemaVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state a replay rebuilds: the same changes in the same order give the same answers. */
class SchemaIndexTest {

  private static SchemaVersion version(String subject, int version, int id, String schema) {
    return new SchemaVersion(subject, version, id, null, schema, List.of(), false);
  }

  @Test
  void idsAreSharedAcrossSubjectsAndMaxIdNeverGoesBack() {
    SchemaIndex index = new SchemaIndex();
    index.apply(new StoreChange.PutSchema(version("a", 1, 1, "\"int\"")));
    index.apply(new StoreChange.PutSchema(version("b", 1, 1, "\"int\"")));
    index.apply(new StoreChange.PutSchema(version("b", 2, 2, "\"long\"")));

    assertThat(index.versionsWithId(1))
        .extracting(SchemaVersion::subject)
        .containsExactly("a", "b");
    assertThat(index.idOf(version("x", 0, 0, "\"long\""))).contains(2);

    index.apply(new StoreChange.RemoveVersion("b", 2));
    assertThat(index.schemaById(2)).isEmpty();
    assertThat(index.maxId()).isEqualTo(2);
  }

  @Test
  void deleteSubjectMarksVersionsUpToTheRecordedOne() {
    SchemaIndex index = new SchemaIndex();
    index.apply(new StoreChange.PutSchema(version("a", 1, 1, "\"int\"")));
    index.apply(new StoreChange.PutSchema(version("a", 2, 2, "\"long\"")));
    index.apply(new StoreChange.PutSchema(version("a", 3, 3, "\"float\"")));

    index.apply(new StoreChange.DeleteSubject("a", 2));

    assertThat(index.versions("a"))
        .extracting(SchemaVersion::deleted)
        .containsExactly(true, true, false);
    // A soft-deleted schema still resolves by id, so old records stay readable.
    assertThat(index.schemaById(1)).isPresent();
  }
}
