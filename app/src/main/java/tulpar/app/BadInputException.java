package tulpar.app;

/** The user gave input Tulpar cannot use; the message says what to change. Exits with 2. */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }
}
