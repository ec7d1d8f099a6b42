package io.wirestream.enrich;

import io.wirestream.avro.Entity;
import io.wirestream.avro.Topic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The flat strings dashboards and routes filter on: {@code topic:medtop:16000000}, {@code place:AZ}
 * (a place's country code, or its name where it has none), {@code person:Ilham Aliyev}, {@code
 * org:European Union}, {@code lang:en}. In the order topics, entities (most salient first),
 * language; no duplicates.
 */
public final class RoutingTags {

  private RoutingTags() {}

  public static List<String> of(List<Topic> topics, List<Entity> entities, String language) {
    Set<String> tags = new LinkedHashSet<>();
    for (Topic topic : topics) {
      tags.add("topic:" + topic.getQcode());
    }
    for (Entity entity : entities) {
      switch (entity.getType()) {
        case PLACE ->
            tags.add("place:" + (entity.getCode() != null ? entity.getCode() : entity.getName()));
        case PERSON -> tags.add("person:" + entity.getName());
        case ORGANISATION -> tags.add("org:" + entity.getName());
      }
    }
    if (language != null) {
      tags.add("lang:" + language);
    }
    return new ArrayList<>(tags);
  }
}
