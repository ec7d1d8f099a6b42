package io.wirestream.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test schemas under {@code src/test/resources/schemas} and builds request bodies. */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** The text of {@code schemas/<name>.avsc}, exactly as written (whitespace and all). */
  public static String schema(String name) {
    String path = "/schemas/" + name + ".avsc";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A register / lookup body {@code {"schema": "<text of the fixture>"}}. */
  public static String body(String name) {
    return bodyOf(schema(name));
  }

  public static String bodyOf(String schemaText) {
    return JSON.createObjectNode().put("schema", schemaText).toString();
  }

  /** A body with one reference to {@code subject} version {@code version}. */
  public static String bodyWithReference(
      String name, String typeName, String subject, int version) {
    ObjectNode body = JSON.createObjectNode().put("schema", schema(name));
    body.putArray("references")
        .addObject()
        .put("name", typeName)
        .put("subject", subject)
        .put("version", version);
    return body.toString();
  }
}
