package io.wirestream.ingest.source;

import io.wirestream.avro.SourceKind;
import io.wirestream.ingest.ArticleResult;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.RawArticleReader;
import io.wirestream.ingest.SourceInfo;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.kafka.ArticleLedger;
import io.wirestream.ingest.kafka.IngestCounts;
import io.wirestream.ingest.kafka.IngestPublisher;
import io.wirestream.ingest.kafka.ItemOutcome;
import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The ingest service: documents from files, folders, URLs and streams, read by the pure ingest core
 * and published to Kafka. Every item ends as an article on {@code news.raw}, a counted duplicate,
 * or a dead letter; {@link #counts()} adds up to the items seen.
 */
public final class IngestService implements AutoCloseable {

  private final RawArticleReader reader;
  private final IngestPublisher publisher;
  private final DocumentSource documents;
  private final Clock clock;

  public IngestService(
      RawArticleReader reader, IngestPublisher publisher, DocumentSource documents, Clock clock) {
    this.reader = reader;
    this.publisher = publisher;
    this.documents = documents;
    this.clock = clock;
  }

  /** Connects to Kafka, rebuilding the duplicate ledger from {@code news.raw}. */
  public static IngestService connect(Map<String, Object> clientProps, Topics topics, Clock clock) {
    ArticleLedger ledger =
        ArticleLedger.rebuild(
            clientProps, topics.raw.name(), topics.raw.valueSerde().deserializer());
    return new IngestService(
        RawArticleReader.withDefaults(),
        new IngestPublisher(clientProps, topics, ledger, clock),
        new DocumentSource(IngestLimits.DEFAULTS, Duration.ofSeconds(30)),
        clock);
  }

  /** A file, or every file under a folder. */
  public void ingestPath(Path path) throws IOException {
    SourceInfo source =
        new SourceInfo(
            path.getFileName() == null ? path.toString() : path.getFileName().toString(),
            SourceKind.FILE,
            path.toAbsolutePath().toString());
    for (Path file : DocumentSource.files(path)) {
      SourceInfo fileSource =
          new SourceInfo(source.name(), SourceKind.FILE, file.toAbsolutePath().toString());
      try {
        ingest(documents.readFile(file), fileSource);
      } catch (IngestException e) {
        reject(InputDocument.of(file.toString(), new byte[0]), e);
      }
    }
  }

  /** A URL (a feed or a page). */
  public void ingestUrl(URI url) {
    SourceInfo source =
        new SourceInfo(
            url.getHost() == null ? url.toString() : url.getHost(),
            SourceKind.FEED,
            url.toString());
    try {
      ingest(documents.fetch(url), source);
    } catch (IngestException e) {
      reject(InputDocument.of(url.toString(), new byte[0]), e);
    }
  }

  /** A stream such as stdin. */
  public void ingestStream(String name, InputStream in, SourceKind kind) {
    try {
      ingest(documents.readStream(name, in), new SourceInfo(name, kind, null));
    } catch (IngestException e) {
      reject(InputDocument.of(name, new byte[0]), e);
    }
  }

  /**
   * One document already in memory (HTTP intake, tests): one outcome per item, final after {@link
   * #flush()}.
   */
  public List<ItemOutcome> ingest(InputDocument document, SourceInfo source) {
    return publisher.publish(document, reader.read(document, source, clock.instant()));
  }

  /** Records a document that could not be read at all as a dead letter. */
  public void reject(InputDocument document, IngestException error) {
    publisher.publish(document, List.of(new ArticleResult.Rejected(error)));
  }

  /** Waits for every record sent so far; counts are final after this. */
  public void flush() {
    publisher.flush();
  }

  public IngestCounts counts() {
    return publisher.counts();
  }

  @Override
  public void close() {
    publisher.close();
  }
}
