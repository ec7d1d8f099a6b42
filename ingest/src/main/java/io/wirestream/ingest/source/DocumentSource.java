package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.format.InputDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads input documents from where a newsroom keeps them: files, folders (recursively, in name
 * order, hidden files skipped), URLs and streams. Reads are bounded by {@link
 * IngestLimits#maxDocumentBytes()}; a document that cannot be read is an {@link IngestException}
 * naming it, never a crash.
 */
public final class DocumentSource {

  private final IngestLimits limits;
  private final HttpClient http;
  private final Duration timeout;

  public DocumentSource(IngestLimits limits, Duration timeout) {
    this.limits = limits;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The files under {@code path} (itself if it is a file), in a stable order. */
  public static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** One file as a document. */
  public InputDocument readFile(Path file) throws IngestException {
    try (InputStream in = Files.newInputStream(file)) {
      return new InputDocument(file.toString(), bounded(in, file.toString()), null);
    } catch (IOException e) {
      throw new IngestException(
          IngestException.Reason.MALFORMED,
          file.toString(),
          ItemPosition.WHOLE_DOCUMENT,
          "cannot read file: " + e.getMessage(),
          e);
    }
  }

  /** A stream (stdin) as a document. */
  public InputDocument readStream(String name, InputStream in) throws IngestException {
    try {
      return new InputDocument(name, bounded(in, name), null);
    } catch (IOException e) {
      throw new IngestException(
          IngestException.Reason.MALFORMED,
          name,
          ItemPosition.WHOLE_DOCUMENT,
          "cannot read: " + e.getMessage(),
          e);
    }
  }

  /** A URL fetched with GET, with its Content-Type as a hint. */
  public InputDocument fetch(URI url) throws IngestException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", "Wirestream/0.1 (+news ingest)")
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml, text/html, application/json, */*;q=0.5")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new IngestException(
              IngestException.Reason.MALFORMED,
              url.toString(),
              ItemPosition.WHOLE_DOCUMENT,
              "HTTP " + response.statusCode() + " from server");
        }
        return new InputDocument(
            url.toString(),
            bounded(body, url.toString()),
            response.headers().firstValue("Content-Type").orElse(null));
      }
    } catch (HttpTimeoutException e) {
      throw new IngestException(
          IngestException.Reason.MALFORMED,
          url.toString(),
          ItemPosition.WHOLE_DOCUMENT,
          "timed out after " + timeout.toSeconds() + " s",
          e);
    } catch (IOException e) {
      throw new IngestException(
          IngestException.Reason.MALFORMED,
          url.toString(),
          ItemPosition.WHOLE_DOCUMENT,
          "cannot fetch: " + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException(
          IngestException.Reason.MALFORMED,
          url.toString(),
          ItemPosition.WHOLE_DOCUMENT,
          "interrupted while fetching",
          e);
    }
  }

  private byte[] bounded(InputStream in, String location) throws IOException, IngestException {
    long max = limits.maxDocumentBytes();
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
}
