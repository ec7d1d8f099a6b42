/**
 * Wire formats: charset decoding, format detection by content, and one parser per format (plain
 * text, HTML, ninjs, NewsML-G2, RSS/Atom, JSON and JSON Lines) behind {@link
 * io.wirestream.ingest.format.FormatParser}. All XML goes through {@link
 * io.wirestream.ingest.format.SafeXml}. {@link io.wirestream.ingest.format.DocumentParser} is the
 * entry point.
 */
package io.wirestream.ingest.format;
