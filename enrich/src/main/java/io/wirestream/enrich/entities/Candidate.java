package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;

/**
 * One mention found in a field before mentions are merged into entities: tokens {@code [from, to)}
 * of {@code tokens}, its type, and for places the gazetteer reading (null when the place is not in
 * the gazetteer), whether the mention is a demonym ("Azerbaijani"), and whether a place name may be
 * a surname after all ("Jordan" not after "in", or read as a person by the name finder).
 */
record Candidate(
    EntityType type,
    Tokens tokens,
    int from,
    int to,
    Place place,
    boolean demonym,
    String code,
    boolean maybeSurname) {

  Candidate(
      EntityType type, Tokens tokens, int from, int to, Place place, boolean demonym, String code) {
    this(type, tokens, from, to, place, demonym, code, false);
  }

  /** A person's or organisation's name, or a place the gazetteer does not know. */
  static Candidate of(EntityType type, Tokens tokens, int from, int to) {
    return new Candidate(type, tokens, from, to, null, false, null);
  }

  String text() {
    return tokens.span(from, to);
  }

  int begin() {
    return tokens.begins[from];
  }

  int end() {
    return tokens.ends[to - 1];
  }

  String field() {
    return tokens.field;
  }
}
