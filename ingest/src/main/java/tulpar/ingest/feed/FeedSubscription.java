package tulpar.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** One feed to read, and how often to look at it. */
public record FeedSubscription(URI url, Duration interval) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

  public FeedSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("'" + url + "' is not an http(s) address with a host");
    }
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("the interval " + interval + " of " + url + " must be positive");
    }
  }

  /** A feed looked at every {@link #DEFAULT_INTERVAL}. */
  public static FeedSubscription of(URI url) {
    return new FeedSubscription(url, DEFAULT_INTERVAL);
  }
}
