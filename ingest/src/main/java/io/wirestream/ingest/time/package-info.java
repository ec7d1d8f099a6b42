/**
 * Publication time: datelines, metadata timestamps, and the resolver that picks the publication
 * time and records where it came from. The received time is always an input.
 */
package io.wirestream.ingest.time;
