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
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The one HTTP GET of ingest, for pages and feeds alike: a timeout, redirects followed, the body
 * bounded by {@link IngestLimits#maxDocumentBytes()}, optional conditional-GET validators, and
 * every failure an {@link IngestException} naming the URL.
 */
final class BoundedHttpGet {

  private static final String USER_AGENT = "Wirestream/0.1 (+news ingest)";

  private final HttpClient client;
  private final Duration timeout;
  private final IngestLimits limits;
  private final String accept;

  /** {@code accept} is the Accept header: which media types this caller can parse. */
  BoundedHttpGet(Duration timeout, IngestLimits limits, String accept) {
    this.timeout = timeout;
    this.limits = limits;
    this.accept = accept;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** GET {@code url}, sending the validators of an earlier answer (either may be null). */
  FeedFetcher.Response get(URI url, String etag, String lastModified) throws IngestException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .GET()
            .header("User-Agent", USER_AGENT)
            .header("Accept", accept);
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
          return new FeedFetcher.Response(true, null, null, etag, lastModified);
        }
        if (response.statusCode() / 100 != 2) {
          throw failure(url, "server answered HTTP " + response.statusCode(), null);
        }
        return new FeedFetcher.Response(
            false,
            bounded(in, url),
            response.headers().firstValue("Content-Type").orElse(null),
            response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null));
      }
    } catch (HttpTimeoutException e) {
      throw failure(url, "timed out after " + readable(timeout), e);
    } catch (IOException e) {
      throw failure(url, "cannot fetch: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(url, "interrupted while fetching", e);
    }
  }

  /** Reads at most the document limit, and refuses a body that goes beyond it. */
  static byte[] bounded(InputStream in, long max, String location)
      throws IOException, IngestException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new IngestException(
          IngestException.Reason.TOO_LARGE,
          location,
          ItemPosition.WHOLE_DOCUMENT,
          "document exceeds " + IngestLimits.megabytes(max) + " limit");
    }
    return bytes;
  }

  private byte[] bounded(InputStream in, URI url) throws IOException, IngestException {
    return bounded(in, limits.maxDocumentBytes(), url.toString());
  }

  private static IngestException failure(URI url, String detail, Exception cause) {
    return new IngestException(
        IngestException.Reason.MALFORMED,
        url.toString(),
        ItemPosition.WHOLE_DOCUMENT,
        detail,
        cause);
  }

  private static String readable(Duration timeout) {
    return timeout.toSeconds() >= 1 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }
}
