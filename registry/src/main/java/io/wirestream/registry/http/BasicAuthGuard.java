package io.wirestream.registry.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks HTTP basic credentials against the configured users. Passwords are compared in constant
 * time so that response timing says nothing about how much of a guess was right.
 */
public final class BasicAuthGuard {

  private final Map<String, byte[]> passwords;

  public BasicAuthGuard(Map<String, String> users) {
    this.passwords = new HashMap<>();
    users.forEach(
        (user, password) -> passwords.put(user, password.getBytes(StandardCharsets.UTF_8)));
  }

  /** True when the {@code Authorization} header carries a known user's password. */
  public boolean allows(String authorizationHeader) {
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    byte[] expected = passwords.get(decoded.substring(0, colon));
    byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    // Compare against something even for unknown users, to keep timing uniform.
    return MessageDigest.isEqual(expected == null ? new byte[given.length + 1] : expected, given)
        && expected != null;
  }
}
