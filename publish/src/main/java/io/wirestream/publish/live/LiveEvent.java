package io.wirestream.publish.live;

import io.wirestream.avro.EnrichedArticle;

/**
 * One article as the live stream sends it: its place in the enriched topic, the position a client
 * reaches by reading it (the SSE id), and its JSON, printed once for every client.
 */
public record LiveEvent(
    int partition, long offset, StreamPosition position, EnrichedArticle article, String json) {}
