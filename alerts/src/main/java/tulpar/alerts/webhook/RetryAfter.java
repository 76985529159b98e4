package tulpar.alerts.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date. A value
 * that is neither is ignored rather than trusted; a date in the past means "now".
 */
final class RetryAfter {

  private static final int MAX_DIGITS = 12;
  private static final long MAX_SECONDS = 999_999_999_999L;

  private RetryAfter() {}

  static Optional<Duration> parse(String value, Instant now) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      // More digits than fit is still "a very long time": the dispatcher caps the wait anyway.
      return Optional.of(Duration.ofSeconds(text.length() > MAX_DIGITS ? MAX_SECONDS : Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
