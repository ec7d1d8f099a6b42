package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestException.Reason;
import io.wirestream.ingest.IngestLimits;
import io.wirestream.ingest.ItemPosition;

/** The checks every parser applies to an item before handing it on. */
final class ItemChecks {

  private ItemChecks() {}

  /** The built item, or a failure when its body is over the limit or it has no text at all. */
  static ItemResult finish(
      ParsedItem.Builder builder,
      InputDocument document,
      ItemPosition position,
      IngestLimits limits) {
    String body = builder.body();
    if (limits.bodyTooLarge(body)) {
      return ItemResult.failed(
          new IngestException(
              Reason.TOO_LARGE, document.location(), position, limits.bodyTooLargeReason(body)));
    }
    if (body.isBlank() && builder.headline() == null) {
      return ItemResult.failed(
          new IngestException(
              Reason.INVALID_ITEM,
              document.location(),
              position,
              "item has neither headline nor body text"));
    }
    return ItemResult.ok(builder.build());
  }

  static IngestException invalid(InputDocument document, ItemPosition position, String detail) {
    return new IngestException(Reason.INVALID_ITEM, document.location(), position, detail);
  }
}
