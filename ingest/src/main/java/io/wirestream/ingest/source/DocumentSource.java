package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;
import io.wirestream.ingest.format.InputDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
  private final BoundedHttpGet http;

  public DocumentSource(IngestLimits limits, Duration timeout) {
    this.limits = limits;
    this.http =
        new BoundedHttpGet(
            timeout,
            limits,
            "application/rss+xml, application/atom+xml, application/xml, text/html,"
                + " application/json, */*;q=0.5");
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
    FeedFetcher.Response answer = http.get(url, null, null);
    return new InputDocument(url.toString(), answer.body(), answer.contentType());
  }

  private byte[] bounded(InputStream in, String location) throws IOException, IngestException {
    return BoundedHttpGet.bounded(in, limits.maxDocumentBytes(), location);
  }
}
