package io.wirestream.ingest;

import io.wirestream.avro.RawArticle;
import java.util.Objects;

/**
 * What became of one input item: an article ready for news.raw, or the reason it was rejected (for
 * the dead-letter topic). Every item of every document ends as exactly one of these.
 */
public sealed interface ArticleResult {

  /** An item that became an article. */
  record Accepted(RawArticle article, ItemPosition position) implements ArticleResult {
    public Accepted {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(position, "position");
    }
  }

  /** An item, or a whole document, that could not become an article. */
  record Rejected(IngestException error) implements ArticleResult {
    public Rejected {
      Objects.requireNonNull(error, "error");
    }
  }
}
