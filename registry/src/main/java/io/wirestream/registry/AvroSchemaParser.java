package io.wirestream.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Parses Avro schema text as the registry receives it, resolving Confluent-style references, and
 * gives the forms used for identity: the canonical text (Avro's own re-serialisation, so whitespace
 * and key order no longer matter) and the normalised text ({@code normalize=true}: additionally,
 * custom properties in a fixed order).
 */
public final class AvroSchemaParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Avro's reserved attributes in the order Avro writes them; anything else sorts after. */
  private static final List<String> RESERVED_ORDER =
      List.of(
          "type",
          "name",
          "namespace",
          "doc",
          "aliases",
          "fields",
          "symbols",
          "items",
          "values",
          "size",
          "default",
          "order",
          "logicalType",
          "precision",
          "scale");

  private final BiFunction<String, Integer, SchemaVersion> referenceResolver;

  /**
   * @param referenceResolver finds the version a reference names ((subject, version) with version
   *     -1 meaning latest); returns null when there is none
   */
  public AvroSchemaParser(BiFunction<String, Integer, SchemaVersion> referenceResolver) {
    this.referenceResolver = referenceResolver;
  }

  /** A parsed schema with the referenced types it was parsed against. */
  public record Parsed(Schema schema, List<Schema> referencedTypes) {

    /** Avro's compact JSON for the schema, leaving referenced types as bare names. */
    public String canonicalText() {
      return referencedTypes.isEmpty()
          ? schema.toString()
          : schema.toString(referencedTypes, false);
    }
  }

  /**
   * Parses schema text, first parsing the referenced schemas so their named types resolve.
   *
   * @throws RegistryException 42201 when the text is not a valid Avro schema or a reference cannot
   *     be resolved
   */
  public Parsed parse(String schemaText, List<SchemaReference> references) {
    if (schemaText == null || schemaText.isBlank()) {
      throw RegistryException.invalidSchema("(empty schema text)", null);
    }
    Schema.Parser parser = new Schema.Parser();
    List<Schema> referenced = new ArrayList<>();
    try {
      Set<String> seen = new HashSet<>();
      for (SchemaReference reference : references) {
        parseReference(parser, reference, seen, referenced, 0);
      }
      return new Parsed(parser.parse(schemaText), referenced);
    } catch (AvroRuntimeException | IllegalArgumentException e) {
      throw RegistryException.invalidSchema(schemaText + ": " + e.getMessage(), e);
    }
  }

  private void parseReference(
      Schema.Parser parser,
      SchemaReference reference,
      Set<String> seen,
      List<Schema> referenced,
      int depth) {
    if (depth > 32) {
      throw RegistryException.invalidSchema("(references nest deeper than 32 levels)", null);
    }
    SchemaVersion target = referenceResolver.apply(reference.subject(), reference.version());
    if (target == null) {
      throw RegistryException.invalidSchema(
          "(reference "
              + reference.name()
              + " to subject '"
              + reference.subject()
              + "' version "
              + reference.version()
              + " not found)",
          null);
    }
    // A type referenced twice (directly and through another reference) must be parsed once.
    if (!seen.add(target.subject() + "\u0000" + target.version())) {
      return;
    }
    for (SchemaReference nested : target.references()) {
      parseReference(parser, nested, seen, referenced, depth + 1);
    }
    referenced.add(parser.parse(target.schema()));
  }

  /**
   * The normalised form of a canonical text: the same schema with object properties in a fixed
   * order (Avro's reserved ones first, custom ones alphabetically), so texts that differ only in
   * the order of custom properties get one identity.
   */
  public static String normalize(String canonicalText) {
    try {
      return JSON.writeValueAsString(sortProperties(JSON.readTree(canonicalText)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Avro produced text that is not JSON: " + canonicalText, e);
    }
  }

  private static JsonNode sortProperties(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode sorted = JSON.createArrayNode();
      array.forEach(element -> sorted.add(sortProperties(element)));
      return sorted;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    ObjectNode sorted = JSON.createObjectNode();
    for (String key : RESERVED_ORDER) {
      if (object.has(key)) {
        // "default" values are data, not schema: their key order is kept as written.
        sorted.set(key, key.equals("default") ? object.get(key) : sortProperties(object.get(key)));
      }
    }
    Map<String, JsonNode> custom = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!RESERVED_ORDER.contains(field.getKey())) {
        custom.put(field.getKey(), field.getValue());
      }
    }
    custom.forEach(sorted::set);
    return sorted;
  }
}
