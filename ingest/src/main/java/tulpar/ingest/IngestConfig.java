package tulpar.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tulpar.ingest.feed.FeedLimits;
import tulpar.ingest.feed.FeedSubscription;
import tulpar.ingest.feed.FeedSubscriptions;
import tulpar.servicekit.KafkaSettings;

/**
 * Everything the ingest service is configured with, checked once when built; every bad value is reported at
 * once.
 *
 * @param kafka          where and how to reach Kafka
 * @param watchDir       the directory watched for article files (default {@code ./inbox}); created if missing
 * @param stateDir       where ingest remembers which files it has published (default {@code DATA_DIR/ingest})
 * @param maxBodyBytes   the largest article body taken, in UTF-8 bytes (default 1 MiB, at most 64 MiB)
 * @param pollInterval   how often the watched directory is scanned (default 250 ms)
 * @param settleTime     how long a file's size and modification time must stay unchanged before it is read,
 *                       so half-written files are left alone (default 500 ms)
 * @param publishTimeout how long to wait for the broker to acknowledge a record (default 30 s)
 * @param clientId       the Kafka client id of ingest's producer (default {@code tulpar-ingest})
 * @param feeds          the RSS/Atom feeds to read (default none; see {@link FeedSubscriptions})
 * @param feedLimits     time-outs, size cap and backoff for feeds (default {@link FeedLimits#defaults()})
 */
public record IngestConfig(KafkaSettings kafka, Path watchDir, Path stateDir, long maxBodyBytes,
                           Duration pollInterval, Duration settleTime, Duration publishTimeout, String clientId,
                           List<FeedSubscription> feeds, FeedLimits feedLimits) {

  public static final Path DEFAULT_WATCH_DIR = Path.of("inbox");
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final long MAX_BODY_BYTES_LIMIT = 64 * 1024 * 1024;
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);
  public static final Duration DEFAULT_SETTLE_TIME = Duration.ofMillis(500);
  public static final Duration DEFAULT_PUBLISH_TIMEOUT = Duration.ofSeconds(30);
  public static final String DEFAULT_CLIENT_ID = "tulpar-ingest";

  public IngestConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(watchDir, "watchDir");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(settleTime, "settleTime");
    Objects.requireNonNull(publishTimeout, "publishTimeout");
    Objects.requireNonNull(clientId, "clientId");
    feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
    Objects.requireNonNull(feedLimits, "feedLimits");
    List<String> problems = new ArrayList<>();
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
      problems.add(invalid("maxBodyBytes", maxBodyBytes, "must be from 1 to " + MAX_BODY_BYTES_LIMIT));
    }
    if (pollInterval.isZero() || pollInterval.isNegative()) {
      problems.add(invalid("pollInterval", pollInterval, "must be positive"));
    }
    if (settleTime.isNegative()) {
      problems.add(invalid("settleTime", settleTime, "must not be negative"));
    }
    if (publishTimeout.isZero() || publishTimeout.isNegative()) {
      problems.add(invalid("publishTimeout", publishTimeout, "must be positive"));
    }
    if (clientId.isBlank()) {
      problems.add(invalid("clientId", "'" + clientId + "'", "must not be blank"));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** The defaults, with the watched directory given, the state under {@code dataDir/ingest}, and no feeds. */
  public static IngestConfig defaults(KafkaSettings kafka, Path watchDir, Path dataDir) {
    return new IngestConfig(kafka, watchDir, dataDir.resolve("ingest"), DEFAULT_MAX_BODY_BYTES,
        DEFAULT_POLL_INTERVAL, DEFAULT_SETTLE_TIME, DEFAULT_PUBLISH_TIMEOUT, DEFAULT_CLIENT_ID, List.of(),
        FeedLimits.defaults());
  }

  /** This configuration reading the given feeds (from {@link FeedSubscriptions}). */
  public IngestConfig withFeeds(List<FeedSubscription> subscriptions) {
    return new IngestConfig(kafka, watchDir, stateDir, maxBodyBytes, pollInterval, settleTime, publishTimeout,
        clientId, subscriptions, feedLimits);
  }

  public IngestConfig withFeedLimits(FeedLimits limits) {
    return new IngestConfig(kafka, watchDir, stateDir, maxBodyBytes, pollInterval, settleTime, publishTimeout,
        clientId, feeds, limits);
  }

  private static String invalid(String name, Object value, String rule) {
    return "The '" + name + "' value " + value + " is invalid: " + rule;
  }
}
