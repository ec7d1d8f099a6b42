/**
 * Text cleaning: HTML to text, boilerplate (page chrome) line removal from a pattern resource, and
 * the {@link io.wirestream.ingest.clean.TextCleaner} that produces the stored body.
 */
package io.wirestream.ingest.clean;
