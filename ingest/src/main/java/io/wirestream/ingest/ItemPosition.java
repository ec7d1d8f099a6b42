package io.wirestream.ingest;

/**
 * Where an item sits in its document, for error reports: its index among the document's items
 * (0-based) and, where the format is line oriented, its 1-based line number.
 *
 * @param index 0-based item index, or -1 for the document as a whole
 * @param line 1-based line number, or 0 when the format has no meaningful line
 */
public record ItemPosition(int index, int line) {

  /** The position used for failures of a whole document rather than of one item. */
  public static final ItemPosition WHOLE_DOCUMENT = new ItemPosition(-1, 0);

  public static ItemPosition item(int index) {
    return new ItemPosition(index, 0);
  }

  public static ItemPosition line(int index, int line) {
    return new ItemPosition(index, line);
  }

  public boolean isWholeDocument() {
    return index < 0;
  }

  /**
   * The 1-based number a dead letter records: the line where the format has lines, else the item
   * number; null for the whole document.
   */
  public Long number() {
    if (isWholeDocument()) {
      return null;
    }
    return line > 0 ? (long) line : (long) index + 1;
  }

  @Override
  public String toString() {
    if (isWholeDocument()) {
      return "whole document";
    }
    return line > 0 ? "line " + line : "item " + (index + 1);
  }
}
