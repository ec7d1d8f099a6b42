package io.wirestream.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPTC Media Topics tree (CC BY 4.0, IPTC), read from the bundled tab-separated export ({@code
 * qcode, level, parent, prefLabel_en, definition_en}). Immutable after loading.
 */
public final class MediaTopicTaxonomy {

  static final String RESOURCE = "/io/wirestream/enrich/topics/iptc-mediatopics.tsv";

  private final Map<String, MediaTopic> byQcode;
  private final List<MediaTopic> subjects;

  private MediaTopicTaxonomy(Map<String, MediaTopic> byQcode) {
    this.byQcode = Collections.unmodifiableMap(byQcode);
    List<MediaTopic> level1 = new ArrayList<>();
    for (MediaTopic topic : byQcode.values()) {
      if (topic.isSubject()) {
        level1.add(topic);
      }
    }
    this.subjects = List.copyOf(level1);
    for (MediaTopic topic : byQcode.values()) {
      if (!topic.isSubject() && !byQcode.containsKey(topic.parent())) {
        throw new IllegalStateException(
            "Media topic " + topic.qcode() + " has unknown parent " + topic.parent());
      }
    }
  }

  /** Loads the vocabulary bundled on the classpath. */
  public static MediaTopicTaxonomy load() {
    try (InputStream in = MediaTopicTaxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a vocabulary in the tab-separated export format; {@code source} names the input in
   * errors.
   */
  public static MediaTopicTaxonomy read(InputStream in, String source) throws IOException {
    Map<String, MediaTopic> topics = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line = reader.readLine(); // header
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 4) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": expected at least 4 tab-separated columns");
      }
      int level;
      try {
        level = Integer.parseInt(cols[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": level is not a number: " + cols[1]);
      }
      String definition = cols.length > 4 ? cols[4].trim() : "";
      MediaTopic topic =
          new MediaTopic(cols[0].trim(), level, cols[2].trim(), cols[3].trim(), definition);
      if (topics.put(topic.qcode(), topic) != null) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": duplicate qcode " + topic.qcode());
      }
    }
    return new MediaTopicTaxonomy(topics);
  }

  public Optional<MediaTopic> get(String qcode) {
    return Optional.ofNullable(byQcode.get(qcode));
  }

  /** The concept with this qcode; throws when the vocabulary has none. */
  public MediaTopic require(String qcode) {
    MediaTopic topic = byQcode.get(qcode);
    if (topic == null) {
      throw new IllegalArgumentException("Unknown IPTC media topic: " + qcode);
    }
    return topic;
  }

  /** The 17 level-1 subjects, in qcode order. */
  public List<MediaTopic> subjects() {
    return subjects;
  }

  public List<MediaTopic> all() {
    return List.copyOf(byQcode.values());
  }

  /**
   * The ancestor of {@code qcode} at {@code level} (the concept itself when it is at that level).
   */
  public MediaTopic ancestorAt(String qcode, int level) {
    MediaTopic topic = require(qcode);
    if (topic.level() < level) {
      throw new IllegalArgumentException(qcode + " is above level " + level);
    }
    while (topic.level() > level) {
      topic = byQcode.get(topic.parent());
    }
    return topic;
  }

  public int size() {
    return byQcode.size();
  }
}
