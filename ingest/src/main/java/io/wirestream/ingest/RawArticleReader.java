package io.wirestream.ingest;

import io.wirestream.ingest.format.DocumentParser;
import io.wirestream.ingest.format.InputDocument;
import io.wirestream.ingest.format.ItemResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole pure ingest step for one document: parse, clean, identify, date, validate. Never throws
 * for bad input: a document that cannot be read gives one {@link ArticleResult.Rejected}, and each
 * bad item of a multi-item document its own. The producer and the offline commands call this and
 * only add Kafka. Thread-safe.
 */
public final class RawArticleReader {

  private final DocumentParser parser;
  private final RawArticleFactory factory;

  public RawArticleReader(DocumentParser parser, RawArticleFactory factory) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  public static RawArticleReader withDefaults() {
    return new RawArticleReader(DocumentParser.withDefaults(), RawArticleFactory.withDefaults());
  }

  /**
   * Reads every item of a document.
   *
   * @param document the bytes and where they came from
   * @param source the source to record on each article
   * @param received when the document was read (the caller's clock, so this stays pure)
   * @return one result per item, in document order
   */
  public List<ArticleResult> read(InputDocument document, SourceInfo source, Instant received) {
    List<ItemResult> items;
    try {
      items = parser.parse(document);
    } catch (IngestException e) {
      return List.of(new ArticleResult.Rejected(e));
    }
    List<ArticleResult> results = new ArrayList<>(items.size());
    for (ItemResult item : items) {
      if (item instanceof ItemResult.Failed failed) {
        results.add(new ArticleResult.Rejected(failed.error()));
        continue;
      }
      ItemResult.Parsed parsed = (ItemResult.Parsed) item;
      try {
        results.add(
            new ArticleResult.Accepted(
                factory.create(parsed.item(), source, received), parsed.item().position()));
      } catch (IngestException e) {
        results.add(
            new ArticleResult.Rejected(
                new IngestException(e.reason(), document.location(), e.position(), e.detail(), e)
                    .withItemId(parsed.item().guid())));
      }
    }
    return results;
  }
}
