package tulpar.ingest.feed;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Logs a failing feed without flooding the log: the first failure at WARN, the ones after it at DEBUG while the
 * feed keeps failing, and one INFO when it works again. A feed down for a day is then two lines, not hundreds.
 */
final class FailureLog {

  private final Logger log;
  private final String subject;
  private int failures;

  FailureLog(Logger log, String subject) {
    this.log = log;
    this.subject = subject;
  }

  void failed(String why, Duration retryIn) {
    failures++;
    if (failures == 1) {
      log.warn("{} failed: {}. Retrying in {} s, backing off while it fails; further failures are logged at DEBUG",
          subject, why, retryIn.toSeconds());
    } else {
      log.debug("{} failed again ({} times in a row): {}. Retrying in {} s", subject, failures, why,
          retryIn.toSeconds());
    }
  }

  void succeeded() {
    if (failures > 0) {
      log.info("{} works again, after {} failed attempts", subject, failures);
    }
    failures = 0;
  }

  /** Failures in a row so far. */
  int failures() {
    return failures;
  }
}
