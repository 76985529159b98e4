package tulpar.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The real time plus an offset the test moves forward, so that an hour can pass in an instant. */
public final class MutableClock extends Clock {

  private volatile Duration ahead = Duration.ZERO;

  /** Starts at half past the current hour, so that no hour ends while a test runs unless it says so. */
  public static MutableClock atHalfPastTheHour() {
    return startingAt(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(30)));
  }

  public static MutableClock startingAt(Instant start) {
    MutableClock clock = new MutableClock();
    clock.advance(Duration.between(Instant.now(), start));
    return clock;
  }

  public void advance(Duration by) {
    ahead = ahead.plus(by);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
