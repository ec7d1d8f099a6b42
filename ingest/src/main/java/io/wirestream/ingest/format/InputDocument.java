package io.wirestream.ingest.format;

import java.util.Locale;
import java.util.Objects;

/**
 * One input as received: its bytes, where it came from, and the hints the transport gave (a file
 * name, an HTTP Content-Type). Parsers trust the content first and use the hints only to break
 * ties.
 *
 * @param location file path or URL, used in error messages and as the base for relative links
 * @param bytes the raw content
 * @param contentType the declared media type with parameters (e.g. {@code text/html;
 *     charset=ISO-8859-1}), or null
 */
public record InputDocument(String location, byte[] bytes, String contentType) {

  public InputDocument {
    location = location == null ? "" : location;
    Objects.requireNonNull(bytes, "bytes");
  }

  public static InputDocument of(String location, byte[] bytes) {
    return new InputDocument(location, bytes, null);
  }

  /** The lower-cased file extension of the location without the dot, or "" when it has none. */
  public String extension() {
    String path = location;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return dot > slash && dot < path.length() - 1
        ? path.substring(dot + 1).toLowerCase(Locale.ROOT)
        : "";
  }

  /** The charset parameter of the declared content type, or null. */
  public String declaredCharset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").replace("'", "").trim();
      }
    }
    return null;
  }

  /** Whether the location looks like a web address, so it may serve as a story URL. */
  public boolean isWebLocation() {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }
}
