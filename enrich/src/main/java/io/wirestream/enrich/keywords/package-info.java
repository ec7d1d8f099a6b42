/**
 * Statistical keyword extraction: candidate phrases between function words, scored by frequency,
 * position and inverse document frequency from a bundled table ({@link
 * io.wirestream.enrich.keywords.KeywordExtractor}).
 */
package io.wirestream.enrich.keywords;
