package tulpar.ingest.article;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import tulpar.schemas.DateSource;

/**
 * Where a draft came from: the source to record when the draft names none, and the time that stands in for a
 * publication date the draft does not state.
 */
public record Origin(String defaultSource, Instant fallbackTime, DateSource fallbackDateSource) {

  public Origin {
    Objects.requireNonNull(defaultSource, "defaultSource");
    Objects.requireNonNull(fallbackTime, "fallbackTime");
    Objects.requireNonNull(fallbackDateSource, "fallbackDateSource");
  }

  public static Origin file(Path file, Instant lastModified) {
    return new Origin(file.toString(), lastModified, DateSource.FILE_MODIFIED);
  }

  /** A feed item: the feed's address as its source; the time it was fetched when the item states no date. */
  public static Origin feed(URI feed, Instant fetched) {
    return new Origin(feed.toString(), fetched, DateSource.RECEIVED);
  }

  public static Origin http(Instant received) {
    return new Origin("http", received, DateSource.RECEIVED);
  }
}
