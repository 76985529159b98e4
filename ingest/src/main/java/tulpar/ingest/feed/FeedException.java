package tulpar.ingest.feed;

/**
 * A feed could not be fetched or read: the message says why in words a person can act on, without the feed's
 * address, which the caller adds. Expected, not a fault, so it carries no stack trace.
 */
public final class FeedException extends Exception {

  FeedException(String message) {
    super(message, null, false, false);
  }
}
