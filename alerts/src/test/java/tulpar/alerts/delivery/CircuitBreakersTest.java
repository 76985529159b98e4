package tulpar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tulpar.alerts.MutableClock;
import tulpar.alerts.delivery.SendResult.Kind;

class CircuitBreakersTest {

  private static final Duration COOL_DOWN = Duration.ofMinutes(1);

  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-02-02T09:00:00Z"));
  private final CircuitBreakers breakers = new CircuitBreakers(3, COOL_DOWN, clock);

  private void fail(String endpoint, int times) {
    for (int i = 0; i < times; i++) {
      breakers.record(endpoint, Kind.RETRYABLE);
    }
  }

  @Test
  void opensAfterTheThresholdOfFailuresInARowAndHoldsAttemptsForTheCoolDown() {
    fail("a.example", 2);
    breakers.record("a.example", Kind.PERMANENT); // a 4xx: the endpoint answers, so it is up
    fail("a.example", 2);
    assertThat(breakers.admit("a.example")).isEmpty();

    fail("a.example", 1);

    assertThat(breakers.admit("a.example")).hasValueSatisfying(wait ->
        assertThat(wait).isBetween(COOL_DOWN.minusSeconds(1), COOL_DOWN));
    assertThat(breakers.admit("b.example")).as("other endpoints").isEmpty();
    assertThat(breakers.openCount()).isEqualTo(1);
  }

  @Test
  void afterTheCoolDownOneProbeGoesAndItsSuccessClosesTheCircuit() {
    fail("a.example", 3);
    clock.advance(COOL_DOWN);

    assertThat(breakers.openCount()).as("cool-down over").isZero();
    assertThat(breakers.admit("a.example")).as("the probe").isEmpty();
    assertThat(breakers.admit("a.example")).as("others wait for the probe").isPresent();
    breakers.record("a.example", Kind.DELIVERED);

    assertThat(breakers.admit("a.example")).isEmpty();
    assertThat(breakers.admit("a.example")).isEmpty();
    assertThat(breakers.openCount()).isZero();
  }

  @Test
  void aFailedProbeOpensTheCircuitForAnotherCoolDown() {
    fail("a.example", 3);
    clock.advance(COOL_DOWN);
    assertThat(breakers.admit("a.example")).isEmpty();

    fail("a.example", 1);

    assertThat(breakers.admit("a.example")).hasValueSatisfying(wait ->
        assertThat(wait).isGreaterThan(COOL_DOWN.minusSeconds(1)));
  }

  @Test
  void aProbeThatNeverReportsDoesNotKeepTheCircuitHalfOpenForEver() {
    fail("a.example", 3);
    clock.advance(COOL_DOWN);
    assertThat(breakers.admit("a.example")).isEmpty();

    clock.advance(COOL_DOWN);

    assertThat(breakers.admit("a.example")).as("a new probe").isEmpty();
  }

  @Test
  void aRefusalSaysNothingAboutTheEndpointButFreesTheProbe() {
    fail("a.example", 2);
    breakers.record("a.example", Kind.REFUSED);
    fail("a.example", 1);
    assertThat(breakers.admit("a.example")).as("three failures in a row, refusal or not").isPresent();

    clock.advance(COOL_DOWN);
    assertThat(breakers.admit("a.example")).isEmpty();
    breakers.record("a.example", Kind.REFUSED);

    assertThat(breakers.admit("a.example")).as("the next attempt probes").isEmpty();
  }
}
