package tulpar.ingest.backfill;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a backfill has got: files and bytes done out of the total, and the time taken so far, from which the
 * rate and the time still to go follow.
 */
public record BackfillProgress(int filesDone, int filesTotal, long bytesDone, long bytesTotal, Duration elapsed) {

  /** Files finished per second so far; 0 before the first second's worth of work. */
  public double filesPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : filesDone / seconds;
  }

  /** The time still to go at the rate so far (by bytes, which predict better than file counts); empty at first. */
  public Optional<Duration> remaining() {
    if (bytesDone <= 0 || elapsed.isZero()) {
      return Optional.empty();
    }
    double left = (double) (bytesTotal - bytesDone) / bytesDone;
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * left)));
  }
}
