package tulpar.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.inbox.FileFingerprint;
import tulpar.ingest.inbox.InboxFile;
import tulpar.ingest.inbox.InboxScanner;

/**
 * One pass over the watched directory: each settled file, in name order, is read, its article or rejection
 * published, and, once the broker has acknowledged it, recorded in the ledger. A failed publish ends the pass
 * and the file is tried again on the next one, so a broker outage delays files but never skips one, and no
 * later file is read while an earlier one is unacknowledged.
 */
final class InboxWatcher {

  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

  private final InboxScanner scanner;
  private final ArticleFiles files;
  private final LedgeredPublisher publisher;
  private final Clock clock;

  InboxWatcher(InboxScanner scanner, ArticleFiles files, LedgeredPublisher publisher, Clock clock) {
    this.scanner = scanner;
    this.files = files;
    this.publisher = publisher;
    this.clock = clock;
  }

  void scanOnce() throws IOException, PublishException {
    for (InboxFile file : scanner.settledFiles(clock.instant())) {
      Optional<String> fingerprint = fingerprint(file.path());
      String sourceRef = ArticleFiles.sourceRef(file.path());
      if (fingerprint.isPresent() && publisher.isPublished(fingerprint.get())) {
        log.debug("{} was ingested before; leaving it", file.path());
      } else if (fingerprint.isPresent()) {
        report(publisher.publishOnce(fingerprint.get(), files.read(file.path()), sourceRef), file.path());
      } else {
        report(publisher.publishUnrecorded(files.read(file.path()), sourceRef), file.path());
      }
      scanner.markHandled(file);
    }
  }

  /** Empty for a file that cannot be read: its rejection is published, and a restart tries it again. */
  private static Optional<String> fingerprint(Path file) {
    try {
      return Optional.of(FileFingerprint.of(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void report(ParseResult published, Path file) {
    if (published instanceof Rejection rejection) {
      log.info("Rejected {} ({}): {}", file, rejection.reason(), rejection.message());
      return;
    }
    ParseResult.Accepted accepted = (ParseResult.Accepted) published;
    if (accepted.repairs().isEmpty()) {
      log.debug("Published article {} from {}", accepted.article().getId(), file);
    } else {
      log.info("Published article {} from {}, repaired: {}", accepted.article().getId(), file,
          String.join("; ", accepted.repairs()));
    }
  }
}
