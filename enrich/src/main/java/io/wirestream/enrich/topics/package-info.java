/**
 * IPTC Media Topics tagging. {@link io.wirestream.enrich.topics.TopicTagger} blends a trained
 * logistic regression over word stems ({@code topic-model.bin.gz}, rebuilt by {@link
 * io.wirestream.enrich.topics.TopicModelTrainer}) with cue phrases drawn from the taxonomy's labels
 * and a hand-written news vocabulary ({@code topic-keywords.tsv}); {@link
 * io.wirestream.enrich.topics.TopicEvaluation} measures it against labelled stories.
 */
package io.wirestream.enrich.topics;
