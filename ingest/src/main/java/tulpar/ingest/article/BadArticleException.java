package tulpar.ingest.article;

import java.util.Objects;
import tulpar.schemas.RejectReason;

/**
 * An input that cannot become an article: the reason code and a message that tells a person what is wrong and
 * what to do about it. Checked, so that no caller can let bad input vanish.
 */
public final class BadArticleException extends Exception {

  private final RejectReason reason;

  public BadArticleException(RejectReason reason, String message) {
    // Bad input is an expected outcome, not a fault: a stack trace would only cost time on hostile floods.
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public RejectReason reason() {
    return reason;
  }
}
