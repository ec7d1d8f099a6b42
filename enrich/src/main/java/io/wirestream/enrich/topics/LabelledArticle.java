package io.wirestream.enrich.topics;

import java.util.List;
import java.util.Objects;

/**
 * A story with its reference level-1 topics, as in the shared JSON Lines evaluation format ({@code
 * {"id","headline","body","topics":[qcodes]}}). {@code section} is the publisher's section name
 * when the source has one (used to judge how reliable the label is), else empty.
 */
public record LabelledArticle(
    String id, String headline, String body, List<String> topics, String section) {

  public LabelledArticle {
    Objects.requireNonNull(id, "id");
    headline = headline == null ? "" : headline;
    body = body == null ? "" : body;
    topics = topics == null ? List.of() : List.copyOf(topics);
    section = section == null ? "" : section;
  }

  public LabelledArticle(String id, String headline, String body, List<String> topics) {
    this(id, headline, body, topics, "");
  }
}
