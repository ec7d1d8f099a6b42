package io.wirestream.enrich.entities;

import io.wirestream.avro.EntityType;

/** The name-finder model's type names and their mapping to {@link EntityType}. */
final class NameTypes {

  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String PLACE = "place";

  private NameTypes() {}

  static String fromLabel(String label) {
    return switch (label) {
      case "PERSON" -> PERSON;
      case "ORGANISATION" -> ORGANISATION;
      case "PLACE" -> PLACE;
      default -> throw new IllegalArgumentException("Unknown entity label " + label);
    };
  }

  static EntityType toEntityType(String modelType) {
    return switch (modelType) {
      case PERSON -> EntityType.PERSON;
      case ORGANISATION -> EntityType.ORGANISATION;
      case PLACE -> EntityType.PLACE;
      default -> throw new IllegalArgumentException("Unknown model type " + modelType);
    };
  }
}
