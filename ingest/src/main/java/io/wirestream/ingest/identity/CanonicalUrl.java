package io.wirestream.ingest.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a story URL to the form that names the story: scheme and host lower-cased, default port,
 * fragment and tracking parameters ({@code tracking-parameters.txt}: utm_*, fbclid, gclid, ...)
 * removed, the remaining query parameters sorted. Two links to the same story from different
 * campaigns then give the same article id. Immutable and thread-safe.
 */
public final class CanonicalUrl {

  private static final CanonicalUrl DEFAULTS = load("tracking-parameters.txt");

  private final Set<String> exactNames;
  private final List<String> prefixes;

  private CanonicalUrl(Set<String> exactNames, List<String> prefixes) {
    this.exactNames = Set.copyOf(exactNames);
    this.prefixes = List.copyOf(prefixes);
  }

  public static CanonicalUrl defaults() {
    return DEFAULTS;
  }

  /**
   * The canonical form of an absolute http(s) URL, or null when the text is not one (a relative or
   * malformed link cannot name a story on its own).
   */
  public String canonicalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (scheme == null || host == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return null;
    }
    StringBuilder out =
        new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
    int port = uri.getPort();
    if (port > 0
        && !(scheme.equals("http") && port == 80)
        && !(scheme.equals("https") && port == 443)) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = canonicalQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!isTracking(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  /** Whether a query parameter name (lower case) is a tracking parameter. */
  public boolean isTracking(String name) {
    if (exactNames.contains(name)) {
      return true;
    }
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static CanonicalUrl load(String resource) {
    Set<String> names = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    try (InputStream in = CanonicalUrl.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (name.endsWith("*")) {
          prefixes.add(name.substring(0, name.length() - 1));
        } else {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CanonicalUrl(names, prefixes);
  }
}
