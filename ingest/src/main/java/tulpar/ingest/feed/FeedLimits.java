package tulpar.ingest.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far ingest trusts a feed server: time-outs, the largest response read, and the backoff after failures.
 *
 * @param connectTimeout  how long to wait for a connection (default 10 s)
 * @param responseTimeout how long to wait for the response to begin (default 30 s)
 * @param totalTimeout    how long the whole fetch may take, body included, so a server that drips bytes
 *                        forever is cut off (default 60 s)
 * @param maxBytes        the largest response body read, after decompression; reading stops past it
 *                        (default 10 MiB)
 * @param minBackoff      the wait after a first failure, doubled on each further one (default 1 min)
 * @param maxBackoff      the longest wait between attempts at a failing feed (default 1 h)
 */
public record FeedLimits(Duration connectTimeout, Duration responseTimeout, Duration totalTimeout, long maxBytes,
                         Duration minBackoff, Duration maxBackoff) {

  public FeedLimits {
    List<String> problems = new ArrayList<>();
    for (Duration duration : List.of(Objects.requireNonNull(connectTimeout, "connectTimeout"),
        Objects.requireNonNull(responseTimeout, "responseTimeout"), Objects.requireNonNull(totalTimeout, "totalTimeout"),
        Objects.requireNonNull(minBackoff, "minBackoff"), Objects.requireNonNull(maxBackoff, "maxBackoff"))) {
      if (duration.isZero() || duration.isNegative()) {
        problems.add("every feed time-out and backoff must be positive, not " + duration);
      }
    }
    if (maxBytes < 1) {
      problems.add("the feed size cap must be at least 1 byte, not " + maxBytes);
    }
    if (maxBackoff.compareTo(minBackoff) < 0) {
      problems.add("the longest feed backoff " + maxBackoff + " is shorter than the first " + minBackoff);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public static FeedLimits defaults() {
    return new FeedLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 10L * 1024 * 1024,
        Duration.ofMinutes(1), Duration.ofHours(1));
  }
}
