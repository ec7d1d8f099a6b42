package io.wirestream.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Gives an article its stable id and its content hash.
 *
 * <p>The id, in order of preference:
 *
 * <ol>
 *   <li>the source's own identifier (ninjs {@code uri}, NewsML-G2 {@code guid}, RSS {@code guid},
 *       Atom {@code id}, the {@code id} of a JSON article), stripped of surrounding space and
 *       otherwise unchanged, so ids agree with the source's;
 *   <li>else {@code sha256:} followed by the first {@value #ID_HASH_HEX_CHARS} hex digits (128
 *       bits) of SHA-256 over {@code "url\n" + canonical URL} (see {@link CanonicalUrl});
 *   <li>else {@code sha256:} and 32 hex digits of SHA-256 over {@code "text\n" + source name + "\n"
 *       + normalised headline + "\n" + normalised body}, where normalised means NFC, lower case and
 *       whitespace runs as one space.
 * </ol>
 *
 * <p>The content hash is the full SHA-256 (64 lower-case hex digits) of the NFC, whitespace
 * normalised headline and body joined by a blank line; case and spacing edits that change nothing a
 * reader sees do not make a new version. Thread-safe.
 */
public final class ArticleIdentity {

  /** Prefix of ids made from a hash, telling them apart from source identifiers. */
  public static final String HASH_ID_PREFIX = "sha256:";

  /** Hex digits of SHA-256 kept in a hash id: 128 bits, collision-free for any real archive. */
  public static final int ID_HASH_HEX_CHARS = 32;

  private static final ArticleIdentity DEFAULTS = new ArticleIdentity(CanonicalUrl.defaults());

  private final CanonicalUrl canonicalUrl;

  public ArticleIdentity(CanonicalUrl canonicalUrl) {
    this.canonicalUrl = Objects.requireNonNull(canonicalUrl, "canonicalUrl");
  }

  public static ArticleIdentity defaults() {
    return DEFAULTS;
  }

  /**
   * The article id.
   *
   * @param guid the source's identifier, or null
   * @param url the story URL, or null
   * @param sourceName the source's name, used only when there is neither guid nor usable URL
   * @param headline the clean headline, or null
   * @param body the clean body
   */
  public String id(String guid, String url, String sourceName, String headline, String body) {
    if (guid != null && !guid.isBlank()) {
      return guid.strip();
    }
    String canonical = canonicalUrl.canonicalize(url);
    if (canonical != null) {
      return HASH_ID_PREFIX + sha256Hex("url\n" + canonical).substring(0, ID_HASH_HEX_CHARS);
    }
    String text =
        "text\n"
            + nullToEmpty(sourceName)
            + "\n"
            + normaliseForId(headline)
            + "\n"
            + normaliseForId(body);
    return HASH_ID_PREFIX + sha256Hex(text).substring(0, ID_HASH_HEX_CHARS);
  }

  /** SHA-256 hex of the normalised headline and body; a new hash under one id is a new version. */
  public String contentHash(String headline, String body) {
    return sha256Hex(normaliseSpace(headline) + "\n\n" + normaliseSpace(body));
  }

  /** The canonical form of a story URL, or null (exposed for the producer's dedup and logs). */
  public String canonicalUrl(String url) {
    return canonicalUrl.canonicalize(url);
  }

  private static String normaliseForId(String text) {
    return normaliseSpace(text).toLowerCase(Locale.ROOT);
  }

  private static String normaliseSpace(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    // A loop rather than a regex: bodies run to megabytes with a whitespace run every few chars.
    StringBuilder out = new StringBuilder(nfc.length());
    boolean gap = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c)) {
        gap = true;
      } else {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
