package tulpar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final List<Duration> SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5));

  @Test
  void theScheduleLengthIsTheNumberOfAttempts() {
    RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.2, () -> 0.5);

    assertThat(policy.allows(1)).isTrue();
    assertThat(policy.allows(3)).isTrue();
    assertThat(policy.allows(4)).isFalse();
    assertThat(policy.allows(0)).isFalse();
  }

  @Test
  void jitterSpreadsEachDelayBothWays() {
    assertThat(new RetryPolicy(SCHEDULE, 0.2, () -> 0.0).delayBefore(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(new RetryPolicy(SCHEDULE, 0.2, () -> 0.5).delayBefore(2)).isEqualTo(Duration.ofSeconds(5));
    assertThat(new RetryPolicy(SCHEDULE, 0.2, () -> 0.75).delayBefore(3)).isEqualTo(Duration.ofMinutes(5).plusSeconds(30));
  }

  @Test
  void anImmediateAttemptStaysImmediate() {
    assertThat(new RetryPolicy(SCHEDULE, 0.2, () -> 0.99).delayBefore(1)).isZero();
  }

  @Test
  void retryAfterLengthensADelayButNeverShortensItAndIsCappedAtAnHour() {
    RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, () -> 0.5);

    assertThat(policy.delayBefore(2, Optional.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
    assertThat(policy.delayBefore(3, Optional.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.delayBefore(2, Optional.of(Duration.ofDays(2)))).isEqualTo(RetryPolicy.MAX_RETRY_AFTER);
    assertThat(policy.delayBefore(2, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
  }
}
