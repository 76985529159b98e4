package tulpar.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.delivery.SendResult.Kind;

/**
 * A circuit breaker per endpoint. After {@code threshold} failures in a row (time-outs, connection errors, 429,
 * 5xx) the endpoint's circuit opens for a cool-down: attempts for it wait instead of being made, and do not use
 * up their retries. Then one attempt goes through as a probe (half-open); its success closes the circuit, its
 * failure opens it again. Thread-safe.
 */
public final class CircuitBreakers {

  private static final Logger log = LoggerFactory.getLogger(CircuitBreakers.class);
  /** How long an attempt waits while another one probes the endpoint. */
  private static final Duration PROBE_WAIT = Duration.ofSeconds(1);

  private static final class State {
    int failures;
    Instant openUntil;
    Instant probeSince;
  }

  private final int threshold;
  private final Duration coolDown;
  private final Clock clock;
  /** Only endpoints that failed lately; a success forgets the endpoint. */
  private final Map<String, State> states = new HashMap<>();

  public CircuitBreakers(int threshold, Duration coolDown, Clock clock) {
    this.threshold = threshold;
    this.coolDown = coolDown;
    this.clock = clock;
  }

  /** Empty when an attempt at the endpoint may be made now; otherwise how long it should wait first. */
  public synchronized Optional<Duration> admit(String endpoint) {
    State state = states.get(endpoint);
    if (state == null || state.openUntil == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isBefore(state.openUntil)) {
      return Optional.of(Duration.between(now, state.openUntil));
    }
    // A probe that never reported (its alert was revoked, say) must not keep the circuit half-open for ever.
    if (state.probeSince == null || !now.isBefore(state.probeSince.plus(coolDown))) {
      state.probeSince = now;
      return Optional.empty();
    }
    return Optional.of(PROBE_WAIT);
  }

  /** Records what an admitted attempt found; a refusal (nothing was sent) says nothing about the endpoint. */
  public synchronized void record(String endpoint, Kind outcome) {
    State state = states.get(endpoint);
    switch (outcome) {
      case REFUSED -> {
        if (state != null) {
          state.probeSince = null;
        }
      }
      case RETRYABLE -> failed(endpoint, state == null ? newState(endpoint) : state);
      case DELIVERED, PERMANENT, GONE -> {
        // The endpoint answered: it is alive, whatever it thought of the request.
        if (states.remove(endpoint) != null && state.openUntil != null) {
          log.info("Circuit for {} closed: it answers again", endpoint);
        }
      }
    }
  }

  /** How many endpoints have a circuit open now, in its cool-down. */
  public synchronized int openCount() {
    Instant now = clock.instant();
    return (int) states.values().stream().filter(s -> s.openUntil != null && now.isBefore(s.openUntil)).count();
  }

  private State newState(String endpoint) {
    State state = new State();
    states.put(endpoint, state);
    return state;
  }

  private void failed(String endpoint, State state) {
    state.failures++;
    boolean probeFailed = state.probeSince != null;
    if (probeFailed || state.failures >= threshold) {
      if (state.openUntil == null) {
        log.warn("Circuit for {} opened after {} failures in a row; attempts wait {}", endpoint, state.failures,
            coolDown);
      }
      state.openUntil = clock.instant().plus(coolDown);
      state.probeSince = null;
    }
  }
}
