package io.wirestream.ingest;

import java.util.Objects;

/**
 * Why an input document or one item of it could not become an article, with where it happened (file
 * or URL, line or item) and a reason a user can act on. Carried to the dead-letter topic by the
 * producer; never thrown past the ingest core as anything else.
 */
public final class IngestException extends Exception {

  /** The kind of failure, stable for counting and routing; the message says the specifics. */
  public enum Reason {
    EMPTY("empty input"),
    BINARY("not a supported format: looks like binary data"),
    UNSUPPORTED_FORMAT("not a supported format"),
    MALFORMED("malformed input"),
    UNSAFE_XML("unsafe XML"),
    TOO_LARGE("size limit exceeded"),
    INVALID_ITEM("invalid item");

    private final String summary;

    Reason(String summary) {
      this.summary = summary;
    }

    /** A short phrase for the kind, e.g. "unsafe XML". */
    public String summary() {
      return summary;
    }
  }

  private final Reason reason;
  private final String location;
  private final ItemPosition position;
  private final String detail;
  private final String itemId;

  public IngestException(Reason reason, String location, ItemPosition position, String detail) {
    this(reason, location, position, detail, null);
  }

  public IngestException(
      Reason reason, String location, ItemPosition position, String detail, Throwable cause) {
    super(format(location, position, detail), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.location = location == null ? "" : location;
    this.position = position == null ? ItemPosition.WHOLE_DOCUMENT : position;
    this.detail = Objects.requireNonNull(detail, "detail");
    this.itemId = null;
  }

  private static String format(String location, ItemPosition position, String detail) {
    StringBuilder text = new StringBuilder();
    if (location != null && !location.isEmpty()) {
      text.append(location);
    }
    if (position != null && !position.isWholeDocument()) {
      text.append(text.length() == 0 ? "" : ", ").append(position);
    }
    return (text.length() == 0 ? "" : text.append(": ").toString()) + detail;
  }

  public Reason reason() {
    return reason;
  }

  /** The file path or URL the input came from; empty when unknown. */
  public String location() {
    return location;
  }

  public ItemPosition position() {
    return position;
  }

  /** The reason without location, e.g. "XML DOCTYPE is not allowed (possible XXE): ...". */
  public String detail() {
    return detail;
  }

  private IngestException(IngestException other, String itemId) {
    super(other.getMessage(), other.getCause());
    this.reason = other.reason;
    this.location = other.location;
    this.position = other.position;
    this.detail = other.detail;
    this.itemId = itemId;
  }

  /**
   * The id of the failed item when it could still be read (a JSON line with an "id" but no body),
   * so a report can name it; null otherwise.
   */
  public String itemId() {
    return itemId;
  }

  /** The same failure, naming the item's id. */
  public IngestException withItemId(String id) {
    return new IngestException(this, id);
  }

  /** The same failure placed at an item of the document. */
  public IngestException at(ItemPosition itemPosition) {
    return new IngestException(reason, location, itemPosition, detail, getCause());
  }
}
