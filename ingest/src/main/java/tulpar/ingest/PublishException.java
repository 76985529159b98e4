package tulpar.ingest;

/** The broker did not acknowledge a record in time, or refused it. */
public final class PublishException extends Exception {

  PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
