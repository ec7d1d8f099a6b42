package io.wirestream.ingest;

/**
 * Size and nesting bounds that keep hostile or broken input from exhausting memory or stack. One
 * immutable value passed to the parsers; {@link #DEFAULTS} are what the services use unless
 * configured otherwise.
 *
 * @param maxDocumentBytes largest input document read at all (a feed or JSON Lines file holds many
 *     articles, so this is larger than one body)
 * @param maxBodyBytes largest article body, counted in UTF-8 bytes of the extracted text
 * @param maxNestingDepth deepest element or JSON nesting accepted
 */
public record IngestLimits(long maxDocumentBytes, long maxBodyBytes, int maxNestingDepth) {

  /** 10 MB: the largest article body handled. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** 64 MB: the largest document (feed, JSON Lines file) read. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** Real news markup nests a few dozen levels; 500 leaves room without risking the stack. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 500;

  public static final IngestLimits DEFAULTS =
      new IngestLimits(
          DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_NESTING_DEPTH);

  public IngestLimits {
    if (maxDocumentBytes <= 0 || maxBodyBytes <= 0 || maxNestingDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Whether a body of this text is over {@link #maxBodyBytes} in UTF-8, without encoding it. */
  public boolean bodyTooLarge(CharSequence body) {
    if (body == null || body.length() * 3L <= maxBodyBytes) {
      return false;
    }
    return utf8Length(body) > maxBodyBytes;
  }

  /** The user-facing reason for a body over the limit, e.g. "article body exceeds 10 MB limit". */
  public String bodyTooLargeReason(CharSequence body) {
    return "article body exceeds "
        + megabytes(maxBodyBytes)
        + " limit ("
        + megabytes(utf8Length(body))
        + ")";
  }

  public static String megabytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
