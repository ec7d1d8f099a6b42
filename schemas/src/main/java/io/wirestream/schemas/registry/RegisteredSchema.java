package io.wirestream.schemas.registry;

/** A schema as registered under a subject: its global id, its version there, and its text. */
public record RegisteredSchema(String subject, int version, int id, String schema) {}
