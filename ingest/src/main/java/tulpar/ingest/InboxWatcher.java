package tulpar.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.inbox.FileFingerprint;
import tulpar.ingest.inbox.InboxFile;
import tulpar.ingest.inbox.InboxScanner;
import tulpar.ingest.inbox.IngestedLedger;
import tulpar.schemas.Article;
import tulpar.schemas.RejectReason;

/**
 * One pass over the watched directory: each settled file, in name order, is read, its article or rejection
 * published, and, once the broker has acknowledged it, recorded in the ledger. A failed publish ends the pass
 * and the file is tried again on the next one, so a broker outage delays files but never skips one.
 */
final class InboxWatcher {

  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

  private final InboxScanner scanner;
  private final IngestedLedger ledger;
  private final ArticleFiles files;
  private final ArticlePublisher publisher;
  private final Duration publishTimeout;
  private final Clock clock;

  InboxWatcher(InboxScanner scanner, IngestedLedger ledger, ArticleFiles files, ArticlePublisher publisher,
               Duration publishTimeout, Clock clock) {
    this.scanner = scanner;
    this.ledger = ledger;
    this.files = files;
    this.publisher = publisher;
    this.publishTimeout = publishTimeout;
    this.clock = clock;
  }

  void scanOnce() throws IOException, PublishException {
    for (InboxFile file : scanner.settledFiles(clock.instant())) {
      Optional<String> fingerprint = fingerprint(file.path());
      if (fingerprint.isPresent() && ledger.contains(fingerprint.get())) {
        log.debug("{} was ingested before; leaving it", file.path());
      } else {
        report(publish(files.read(file.path()), file.path()), file.path());
      }
      // Marked before the ledger write, so a failing disk cannot make this run publish the file again and again.
      scanner.markHandled(file);
      if (fingerprint.isPresent()) {
        ledger.record(fingerprint.get());
      }
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

  private ParseResult publish(ParseResult result, Path file) throws PublishException {
    try {
      await(publisher.publish(result));
      return result;
    } catch (PublishException e) {
      // The broker's record size limit can be below ingest's body limit; the file must still not vanish.
      if (result instanceof ParseResult.Accepted accepted && e.getCause() instanceof RecordTooLargeException) {
        Rejection refused = refusedAsTooLarge(accepted.article(), file);
        await(publisher.publish(refused));
        return refused;
      }
      throw e;
    }
  }

  private Rejection refusedAsTooLarge(Article article, Path file) {
    byte[] body = article.getBody().getBytes(StandardCharsets.UTF_8);
    return new Rejection(ArticleFiles.sourceRef(file), RejectReason.TOO_LARGE, "Kafka refused the article as"
        + " larger than the topic takes (max.message.bytes): split it, or raise max.message.bytes of"
        + " tulpar.articles.raw together with ingest's body limit.", body, body.length, clock.instant());
  }

  private void await(CompletableFuture<?> acknowledgement) throws PublishException {
    try {
      acknowledgement.get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new PublishException("the broker refused the record: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new PublishException("no acknowledgement from the broker within " + publishTimeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while waiting for the broker", e);
    }
  }

  private static void report(ParseResult published, Path file) {
    if (published instanceof Rejection rejection) {
      log.info("Rejected {} ({}): {}", file, rejection.reason(), rejection.message());
    } else {
      log.debug("Published article {} from {}", ((ParseResult.Accepted) published).article().getId(), file);
    }
  }
}
