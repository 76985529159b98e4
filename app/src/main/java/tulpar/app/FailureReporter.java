package tulpar.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line a person can act on: the message, not a stack trace (that goes to DEBUG).
 * {@link BadInputException} exits 2, anything else 1.
 */
final class FailureReporter implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    log.debug("Command failed", e);
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    commandLine.getErr().println("tulpar: " + message);
    if (e instanceof BadInputException) {
      return 2;
    }
    commandLine.getErr().println("Run again with TULPAR_LOG_LEVEL=DEBUG for details.");
    return 1;
  }
}
