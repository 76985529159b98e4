package tulpar.app;

import java.time.Duration;
import picocli.CommandLine.Option;
import tulpar.servicekit.Durations;

/** How the enrichment topology reads articles. */
final class StreamsOptions {

  @Option(names = "--duplicate-window", paramLabel = "DURATION", defaultValue = "7d",
      description = "How far back an article is compared with earlier ones to find that it is a copy of one"
          + " (e.g. 36h, 7d).")
  String duplicateWindow;

  Duration duplicateWindow() {
    try {
      Duration window = Durations.parse(duplicateWindow);
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("must be positive, was " + duplicateWindow);
      }
      return window;
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--duplicate-window: " + e.getMessage());
    }
  }
}
