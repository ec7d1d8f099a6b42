package io.wirestream.local.bench;

import io.wirestream.avro.RawArticle;
import io.wirestream.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The benchmark's baseline: news.raw copied to another topic by a Streams application with the same
 * serdes and guarantee as enrich, but no work in between. What enrich costs is its time over this
 * one's.
 */
final class PassThroughTopology {

  private PassThroughTopology() {}

  static Topology build(Topics topics, String copyTopic) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(topics.raw.name(), Consumed.with(Serdes.String(), topics.raw.valueSerde()))
        .to(copyTopic, Produced.<String, RawArticle>with(Serdes.String(), topics.raw.valueSerde()));
    return builder.build();
  }
}
