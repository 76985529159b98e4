package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of one attempt, as the channel classified it.
 *
 * @param statusCode the receiver's status code, when it answered
 * @param detail     what went wrong, for receipts and dead letters; empty on success
 * @param retryAfter how long the receiver asked us to wait before trying again (HTTP {@code Retry-After})
 */
public record SendResult(Kind kind, Integer statusCode, String detail, Optional<Duration> retryAfter) {

  public enum Kind {
    /** The receiver accepted it. */
    DELIVERED,
    /** Failed in a way another attempt may fix: time-outs, connection errors, 429, 5xx. */
    RETRYABLE,
    /** Failed in a way no retry fixes, e.g. the receiver rejected the request. */
    PERMANENT,
    /** Not sent at all, e.g. the target is not allowed or the subscription is disabled. */
    REFUSED,
    /** The receiver says the subscription is gone for good (410): disable it. */
    GONE
  }

  public static SendResult delivered(int statusCode) {
    return new SendResult(Kind.DELIVERED, statusCode, "", Optional.empty());
  }

  public static SendResult retryable(Integer statusCode, String detail) {
    return new SendResult(Kind.RETRYABLE, statusCode, detail, Optional.empty());
  }

  public static SendResult retryable(Integer statusCode, String detail, Optional<Duration> retryAfter) {
    return new SendResult(Kind.RETRYABLE, statusCode, detail, retryAfter);
  }

  public static SendResult permanent(Integer statusCode, String detail) {
    return new SendResult(Kind.PERMANENT, statusCode, detail, Optional.empty());
  }

  public static SendResult refused(String detail) {
    return new SendResult(Kind.REFUSED, null, detail, Optional.empty());
  }

  public static SendResult gone(int statusCode) {
    return new SendResult(Kind.GONE, statusCode, "HTTP " + statusCode + ": the receiver is gone;"
        + " the subscription was disabled", Optional.empty());
  }
}
