package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema must read what each of its released versions wrote (BACKWARD), so a replay of old
 * records, and old producers, keep working. Released versions live in {@code released/} as {@code
 * <Name>-v<N>.avsc}; a release adds a file there.
 */
class SchemaEvolutionTest {

  static Stream<Arguments> releasedVersions() throws IOException, URISyntaxException {
    Path dir = Path.of(SchemaEvolutionTest.class.getResource("/released").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    return files.stream()
        .map(f -> Arguments.of(f.getFileName().toString(), current(f.getFileName().toString())));
  }

  private static Schema current(String released) {
    String name = released.substring(0, released.indexOf("-v"));
    return switch (name) {
      case "RawArticle" -> RawArticle.getClassSchema();
      case "EnrichedArticle" -> EnrichedArticle.getClassSchema();
      case "DeadLetter" -> DeadLetter.getClassSchema();
      default -> throw new AssertionError("No current schema for released file " + released);
    };
  }

  @ParameterizedTest(name = "current schema reads {0}")
  @MethodSource("releasedVersions")
  void currentSchemaIsBackwardCompatibleWithReleasedVersion(String released, Schema current)
      throws IOException {
    Schema writer = parseReleased(released);
    var result = SchemaCompatibility.checkReaderWriterCompatibility(current, writer);
    assertThat(result.getType())
        .as("%s: %s", released, result.getResult().getIncompatibilities())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  /** Released schemas may refer to types defined in the RawArticle of the same version. */
  private static Schema parseReleased(String file) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    String version = file.substring(file.indexOf("-v"));
    if (!file.startsWith("RawArticle")) {
      try (InputStream raw =
          SchemaEvolutionTest.class.getResourceAsStream("/released/RawArticle" + version)) {
        if (raw != null) {
          parser.parse(raw);
        }
      }
    }
    try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/released/" + file)) {
      return parser.parse(in);
    }
  }
}
