package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When to make each attempt: the schedule lists the delay before each attempt (the first usually 0), so its
 * length is the number of attempts. Each delay is spread by ±{@code jitter} (a fraction) so that receivers
 * coming back from an outage are not hit by every retry in the same instant.
 */
public final class RetryPolicy {

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

  public Duration delayBefore(int attempt) {
    Duration base = schedule.get(attempt - 1);
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofNanos(Math.round(base.toNanos() * factor));
  }
}
