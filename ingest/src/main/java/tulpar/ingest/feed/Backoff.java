package tulpar.ingest.feed;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before the next attempt at a failing feed: doubled on each failure from the first wait up to a cap,
 * then jittered to between half and all of that, so that feeds failing together (the network was down) do not
 * all retry in the same second, and no retry comes sooner than half the planned wait.
 */
final class Backoff {

  private final Duration first;
  private final Duration cap;
  private final DoubleSupplier random;

  /** @param random numbers in [0, 1) */
  Backoff(Duration first, Duration cap, DoubleSupplier random) {
    this.first = first;
    this.cap = cap;
    this.random = random;
  }

  /** The wait after the given number of failures in a row (1 for the first). */
  Duration after(int failures) {
    Duration planned = cap;
    // Thirty doublings put any first wait past any cap Tulpar takes; more would overflow the shift.
    if (failures <= 31) {
      Duration doubled = first.multipliedBy(1L << Math.max(0, failures - 1));
      if (doubled.compareTo(cap) < 0) {
        planned = doubled;
      }
    }
    long half = planned.toMillis() / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (planned.toMillis() - half)));
  }
}
