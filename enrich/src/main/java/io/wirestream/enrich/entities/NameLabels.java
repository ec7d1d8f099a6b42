package io.wirestream.enrich.entities;

import java.util.List;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;

/**
 * The name finder's outcome labels, "TYPE-start", "TYPE-cont", "TYPE-last", "TYPE-unit" and "other"
 * (BILOU; a BIO model uses only "start", "cont" and "other", read the same way): which label may
 * follow which, and the names a sentence's labels spell.
 */
final class NameLabels {

  private static final String START_SUFFIX = "-" + BilouCodec.START;
  private static final String CONTINUE_SUFFIX = "-" + BilouCodec.CONTINUE;
  private static final String LAST_SUFFIX = "-" + BilouCodec.LAST;
  private static final String UNIT_SUFFIX = "-" + BilouCodec.UNIT;

  private NameLabels() {}

  /** "x-cont" and "x-last" only inside a name of type x; anything else anywhere. */
  static boolean isValid(String outcome, String previous) {
    String type = typeBefore(outcome, CONTINUE_SUFFIX, LAST_SUFFIX);
    if (type == null) {
      return true;
    }
    return previous != null
        && (previous.equals(type + START_SUFFIX) || previous.equals(type + CONTINUE_SUFFIX));
  }

  /**
   * Adds the names in one sentence's labels, BIO or BILOU alike: "x-start" and "x-unit" open a name
   * (closing any open one), "x-cont" and "x-last" extend it, "x-last", "x-unit" and "other" close
   * it. Greedy decoding may leave a BILOU name without its "x-last" (the model reads "x-start" and
   * then "other"); the name ends where the labels for it end, as with BIO, rather than being lost.
   */
  static void decode(String[] labels, int offset, List<NameModel.Found> found) {
    int open = -1;
    String openType = null;
    for (int j = 0; j <= labels.length; j++) {
      String label = j < labels.length ? labels[j] : NameFinderME.OTHER;
      String inside = typeBefore(label, CONTINUE_SUFFIX, LAST_SUFFIX);
      boolean continues = inside != null && inside.equals(openType);
      if (open >= 0 && !continues) {
        found.add(new NameModel.Found(offset + open, offset + j, openType));
        open = -1;
        openType = null;
      }
      String opening = typeBefore(label, START_SUFFIX, UNIT_SUFFIX);
      if (opening != null) {
        open = j;
        openType = opening;
      }
      if (open >= 0 && (label.endsWith(LAST_SUFFIX) || label.endsWith(UNIT_SUFFIX))) {
        found.add(new NameModel.Found(offset + open, offset + j + 1, openType));
        open = -1;
        openType = null;
      }
    }
  }

  /** The type of a label ending in either suffix, or null. */
  private static String typeBefore(String label, String suffix, String otherSuffix) {
    if (label.endsWith(suffix)) {
      return label.substring(0, label.length() - suffix.length());
    }
    if (label.endsWith(otherSuffix)) {
      return label.substring(0, label.length() - otherSuffix.length());
    }
    return null;
  }

  /** True after a label that leaves no name open. */
  static boolean closesName(String label) {
    return label.equals(NameFinderME.OTHER)
        || label.endsWith(LAST_SUFFIX)
        || label.endsWith(UNIT_SUFFIX);
  }
}
