package io.wirestream.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.registry.RegistryException;
import io.wirestream.registry.SchemaReference;
import io.wirestream.registry.SchemaRegistry.SchemaRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request as route handlers see it: path parameters, query parameters and the JSON body. */
public final class RestRequest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private final byte[] body;

  RestRequest(Map<String, String> pathParams, Map<String, String> query, byte[] body) {
    this.pathParams = pathParams;
    this.query = query;
    this.body = body;
  }

  /** A path parameter, already percent-decoded. */
  public String path(String name) {
    return pathParams.get(name);
  }

  /** A query parameter's value, or null when absent. */
  public String query(String name) {
    return query.get(name);
  }

  /** A boolean query flag; absent means false, as in Confluent's {@code @DefaultValue("false")}. */
  public boolean flag(String name) {
    return Boolean.parseBoolean(query.get(name));
  }

  /** The body as a JSON tree; an empty body reads as an empty object. */
  public JsonNode json() {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new RegistryException(400, 400, "Invalid JSON in request body: " + e.getMessage(), e);
    }
  }

  /** The body read as a register / lookup / compatibility request. */
  public SchemaRequest schemaRequest() {
    JsonNode node = json();
    JsonNode schema = node.get("schema");
    if (schema == null || schema.isNull()) {
      throw new RegistryException(422, 42201, "Invalid schema: the request has no \"schema\"");
    }
    List<SchemaReference> references = new ArrayList<>();
    for (JsonNode reference : node.path("references")) {
      if (!reference.hasNonNull("name") || !reference.hasNonNull("subject")) {
        throw new RegistryException(
            422, 42201, "Invalid schema: a reference needs a name and a subject: " + reference);
      }
      references.add(
          new SchemaReference(
              reference.get("name").asText(),
              reference.get("subject").asText(),
              reference.path("version").asInt(-1)));
    }
    String type = node.hasNonNull("schemaType") ? node.get("schemaType").asText() : null;
    // Confluent accepts the schema as a JSON string; an inline object is accepted too.
    return new SchemaRequest(
        schema.isTextual() ? schema.asText() : schema.toString(), type, references);
  }
}
