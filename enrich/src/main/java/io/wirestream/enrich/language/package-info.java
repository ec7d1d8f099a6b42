/**
 * Language identification with the Apache OpenNLP language model, reported as ISO 639-1 codes
 * ({@link io.wirestream.enrich.language.LanguageDetector}).
 */
package io.wirestream.enrich.language;
