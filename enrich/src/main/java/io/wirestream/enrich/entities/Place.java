package io.wirestream.enrich.entities;

/**
 * A gazetteer place: a country, a first-level region (state, province) or a city.
 *
 * @param id stable identity ("country:AZ", "region:US.GA", "city:US.GA.Atlanta")
 * @param name canonical English name
 * @param kind what sort of place it is
 * @param countryCode ISO 3166-1 alpha-2 code of the country it is or lies in
 * @param regionCode GeoNames first-level division ("US.GA") it is or lies in; null for a country
 * @param prior how likely this reading is before context is seen (larger is likelier)
 */
record Place(
    String id, String name, Kind kind, String countryCode, String regionCode, double prior) {

  enum Kind {
    COUNTRY,
    REGION,
    CITY
  }

  Place withPrior(double newPrior) {
    return new Place(id, name, kind, countryCode, regionCode, newPrior);
  }
}
