/**
 * The pure ingest core: turns an input document into {@link io.wirestream.avro.RawArticle}s or
 * reasons for rejection, with no Kafka, no clock and no network.
 *
 * <p>{@link io.wirestream.ingest.RawArticleReader} runs the whole step (parse, clean, identify,
 * date, validate); {@link io.wirestream.ingest.RawArticleFactory} builds one article from a parsed
 * item; {@link io.wirestream.ingest.IngestException} carries what failed, where and why.
 */
package io.wirestream.ingest;
