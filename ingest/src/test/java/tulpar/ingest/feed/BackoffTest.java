package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void waitDoublesFromTheFirstUpToTheCap() {
    Backoff noJitter = new Backoff(MINUTE, HOUR, () -> 0.999_999);

    assertThat(noJitter.after(1)).isCloseTo(Duration.ofMinutes(1), Duration.ofMillis(10));
    assertThat(noJitter.after(2)).isCloseTo(Duration.ofMinutes(2), Duration.ofMillis(10));
    assertThat(noJitter.after(4)).isCloseTo(Duration.ofMinutes(8), Duration.ofMillis(10));
    assertThat(noJitter.after(7)).isCloseTo(HOUR, Duration.ofMillis(10));
    assertThat(noJitter.after(1_000)).isCloseTo(HOUR, Duration.ofMillis(10));
  }

  @Test
  void jitterKeepsAtLeastHalfThePlannedWait() {
    assertThat(new Backoff(MINUTE, HOUR, () -> 0.0).after(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(new Backoff(MINUTE, HOUR, () -> 0.5).after(3)).isEqualTo(Duration.ofMinutes(3));
    assertThat(new Backoff(MINUTE, HOUR, () -> 0.0).after(50)).isEqualTo(Duration.ofMinutes(30));
  }
}
