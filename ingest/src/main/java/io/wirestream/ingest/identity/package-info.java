/**
 * Article identity: the stable id (source GUID, else {@code sha256:} + 32 hex digits of the
 * canonical URL or of source, headline and body) and the content hash (64 hex digits). See {@link
 * io.wirestream.ingest.identity.ArticleIdentity} for the exact definition.
 */
package io.wirestream.ingest.identity;
