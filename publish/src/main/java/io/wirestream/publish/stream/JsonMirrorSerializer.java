package io.wirestream.publish.stream;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.schemas.json.AvroJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/** Writes an article as the shared JSON shape (UTF-8), for consumers that do not speak Avro. */
public final class JsonMirrorSerializer implements Serializer<EnrichedArticle> {

  @Override
  public byte[] serialize(String topic, EnrichedArticle article) {
    return article == null ? null : AvroJson.toJson(article).getBytes(StandardCharsets.UTF_8);
  }
}
