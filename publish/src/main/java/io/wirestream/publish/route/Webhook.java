package io.wirestream.publish.route;

import java.net.URI;

/**
 * Where a route POSTs its articles, and the secret that signs each body (HMAC-SHA256), or null for
 * unsigned deliveries.
 */
public record Webhook(URI url, String secret) {

  @Override
  public String toString() {
    // The secret never reaches a log line.
    return "Webhook[" + url + (secret == null ? "" : ", signed") + "]";
  }
}
