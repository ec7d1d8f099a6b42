package io.wirestream.enrich.entities;

import java.util.Arrays;
import java.util.List;

/**
 * How the spans of one document's mention sources lie against each other: which name covers a
 * place, whether the model proposed exactly a span, and which tokens already belong to a mention.
 */
final class Overlaps {

  private Overlaps() {}

  /** "George Washington": a longer person or organisation name over the gazetteer's place. */
  static boolean insideLongerName(List<NameModel.Found> names, PlaceGazetteer.Match m) {
    return longerOver(names, m, false);
  }

  /** "Gulf of Aden", "Gaza Strip": the model's longer place name wins over the gazetteer's part. */
  static boolean insideLongerPlace(List<NameModel.Found> names, PlaceGazetteer.Match m) {
    return longerOver(names, m, true);
  }

  private static boolean longerOver(
      List<NameModel.Found> names, PlaceGazetteer.Match m, boolean placeNames) {
    for (NameModel.Found n : names) {
      if (n.type().equals(NameTypes.PLACE) == placeNames
          && n.from() <= m.from()
          && n.to() >= m.to()
          && n.to() - n.from() > m.to() - m.from()) {
        return true;
      }
    }
    return false;
  }

  static boolean modelSays(List<NameModel.Found> names, int from, int to, String type) {
    for (NameModel.Found n : names) {
      if (n.from() == from && n.to() == to && n.type().equals(type)) {
        return true;
      }
    }
    return false;
  }

  static NameModel.Found covering(List<NameModel.Found> names, int from, int to) {
    for (NameModel.Found n : names) {
      if (n.from() <= from && n.to() >= to) {
        return n;
      }
    }
    return null;
  }

  static PlaceGazetteer.Match exactMatch(List<PlaceGazetteer.Match> places, int from, int to) {
    for (PlaceGazetteer.Match m : places) {
      if (m.from() == from && m.to() == to) {
        return m;
      }
    }
    return null;
  }

  /** True when one of tokens {@code [from, to)} already belongs to a mention. */
  static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  static void take(List<Candidate> out, boolean[] taken, Candidate c) {
    if (anyTaken(taken, c.from(), c.to())) {
      return;
    }
    Arrays.fill(taken, c.from(), c.to(), true);
    out.add(c);
  }
}
