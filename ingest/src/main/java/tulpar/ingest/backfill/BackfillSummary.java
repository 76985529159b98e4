package tulpar.ingest.backfill;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tulpar.schemas.RejectReason;

/**
 * What a backfill did with the files it found: published as articles, skipped as ingested before
 * ({@code duplicate}), rejected (by reason; each is on tulpar.articles.rejected), or left unpublished because the
 * broker did not take them; those are not in the ledger, so running the backfill again publishes them.
 */
public record BackfillSummary(int filesFound, int accepted, int duplicate, Map<RejectReason, Integer> rejected,
                              int unpublished, long bytes, Duration elapsed) {

  public BackfillSummary {
    rejected = Map.copyOf(rejected);
  }

  public int rejectedTotal() {
    return rejected.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** True when every file found was dealt with: published, known already, or rejected with its reason. */
  public boolean complete() {
    return unpublished == 0;
  }

  /** One line for a person, e.g. "120 files in 4 s: 110 accepted, 7 duplicate, 3 rejected (EMPTY 2, BINARY 1)". */
  public String describe() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d files (%s) in %s: %,d accepted, %,d"
        + " duplicate, %,d rejected", filesFound, ProgressLine.bytes(bytes), ProgressLine.duration(elapsed), accepted,
        duplicate, rejectedTotal()));
    if (!rejected.isEmpty()) {
      line.append(new EnumMap<>(rejected).entrySet().stream()
          .map(entry -> entry.getKey() + " " + entry.getValue())
          .collect(Collectors.joining(", ", " (", ")")));
    }
    if (unpublished > 0) {
      line.append(String.format(Locale.ROOT, "; %,d not published (the broker did not take them): run again to"
          + " publish them", unpublished));
    }
    return line.toString();
  }
}
