package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return (url, etag, lastModified) -> {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .timeout(timeout)
              .GET()
              .header("User-Agent", "Wirestream/0.1 (+news ingest)")
              .header(
                  "Accept",
                  "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      try {
        HttpResponse<InputStream> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
          if (response.statusCode() == 304) {
            return new Response(true, null, null, etag, lastModified);
          }
          if (response.statusCode() / 100 != 2) {
            throw new IngestException(
                IngestException.Reason.MALFORMED,
                url.toString(),
                ItemPosition.WHOLE_DOCUMENT,
                "feed answered HTTP " + response.statusCode());
          }
          byte[] body =
              in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
          if (body.length > limits.maxDocumentBytes()) {
            throw new IngestException(
                IngestException.Reason.TOO_LARGE,
                url.toString(),
                ItemPosition.WHOLE_DOCUMENT,
                "feed exceeds " + IngestLimits.megabytes(limits.maxDocumentBytes()) + " limit");
          }
          return new Response(
              false,
              body,
              response.headers().firstValue("Content-Type").orElse(null),
              response.headers().firstValue("ETag").orElse(null),
              response.headers().firstValue("Last-Modified").orElse(null));
        }
      } catch (IOException e) {
        throw new IngestException(
            IngestException.Reason.MALFORMED,
            url.toString(),
            ItemPosition.WHOLE_DOCUMENT,
            (e instanceof java.net.http.HttpTimeoutException
                ? "feed timed out after "
                    + (timeout.toSeconds() >= 1
                        ? timeout.toSeconds() + " s"
                        : timeout.toMillis() + " ms")
                : "cannot fetch feed: " + e),
            e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IngestException(
            IngestException.Reason.MALFORMED,
            url.toString(),
            ItemPosition.WHOLE_DOCUMENT,
            "interrupted while fetching the feed",
            e);
      }
    };
  }
}
