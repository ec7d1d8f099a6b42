package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import java.net.URI;
import java.time.Duration;

/**
 * Fetches a feed with a conditional GET. An interface so that tests can swap in a function; {@link
 * #http} is the real one.
 */
@FunctionalInterface
public interface FeedFetcher {

  /** A feed's answer: not modified (body null), or the body with its validators. */
  record Response(
      boolean notModified, byte[] body, String contentType, String etag, String lastModified) {}

  /** GET {@code url}, sending the validators of the last answer (either may be null). */
  Response fetch(URI url, String etag, String lastModified) throws IngestException;

  /** Conditional GET over HTTP with a timeout and a size bound. */
  static FeedFetcher http(Duration timeout, IngestLimits limits) {
    BoundedHttpGet http =
        new BoundedHttpGet(
            timeout,
            limits,
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    return http::get;
  }
}
