package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to make each attempt: the schedule lists the delay before each attempt (the first usually 0), so its
 * length is the number of attempts. Each delay is spread by ±{@code jitter} (a fraction) so that receivers
 * coming back from an outage are not hit by every retry in the same instant. A receiver's {@code Retry-After}
 * can lengthen a delay, up to {@link #MAX_RETRY_AFTER}, but never shorten it: the schedule is what the operator
 * chose to protect receivers with.
 */
public final class RetryPolicy {

  /** The longest wait a receiver's {@code Retry-After} can impose, so that a typo there cannot park an alert. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  private final List<Duration> schedule;
  private final double jitter;
  private final DoubleSupplier random;

  /** @param random uniform in [0, 1) */
  public RetryPolicy(List<Duration> schedule, double jitter, DoubleSupplier random) {
    this.schedule = List.copyOf(schedule);
    this.jitter = jitter;
    this.random = random;
  }

  /** Whether the schedule has room for attempt number {@code attempt} (1 for the first). */
  public boolean allows(int attempt) {
    return attempt >= 1 && attempt <= schedule.size();
  }

  /** The delay before attempt {@code attempt}, lengthened to what the receiver asked for (capped), if more. */
  public Duration delayBefore(int attempt, Optional<Duration> retryAfter) {
    Duration scheduled = delayBefore(attempt);
    return retryAfter
        .map(asked -> asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked)
        .filter(asked -> asked.compareTo(scheduled) > 0)
        .orElse(scheduled);
  }

  public Duration delayBefore(int attempt) {
    Duration base = schedule.get(attempt - 1);
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofNanos(Math.round(base.toNanos() * factor));
  }
}
