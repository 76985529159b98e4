package tulpar.ingest.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.ArticleFiles;
import tulpar.ingest.ArticlePublisher;
import tulpar.ingest.IngestConfig;
import tulpar.ingest.IngestService;
import tulpar.ingest.ParseResult;
import tulpar.ingest.PublishException;
import tulpar.ingest.Rejection;
import tulpar.ingest.inbox.FileFingerprint;
import tulpar.ingest.inbox.InboxScanner;
import tulpar.ingest.inbox.IngestedLedger;
import tulpar.schemas.RejectReason;

/**
 * {@code tulpar ingest --dir DIR --once}: publishes every article file under a directory, once, and stops. The
 * files are found recursively and read in path order, through the same reader, normaliser and ledger as the
 * watched directory, so a file ingested before (by either) counts as a duplicate and is not sent again, and a
 * second run after an interrupted one carries on where it stopped. Up to {@link #WINDOW} records are in flight
 * at a time, which keeps the producer's batches full without holding many files in memory; each file is
 * recorded in the ledger only once the broker has it. Run it while no ingest service uses the same state
 * directory.
 */
public final class DirectoryBackfill implements AutoCloseable {

  static final int WINDOW = 64;
  private static final Logger log = LoggerFactory.getLogger(DirectoryBackfill.class);

  private final IngestedLedger ledger;
  private final ArticlePublisher publisher;
  private final ArticleFiles files;
  private final Duration publishTimeout;
  private final Clock clock;

  public DirectoryBackfill(IngestConfig config) throws IOException {
    this(config, Clock.systemUTC());
  }

  public DirectoryBackfill(IngestConfig config, Clock clock) throws IOException {
    this.ledger = IngestedLedger.open(config.stateDir().resolve(IngestService.LEDGER_FILE));
    this.publisher = new ArticlePublisher(config.kafka(), config.clientId() + "-backfill", config.publishTimeout(),
        clock);
    this.files = new ArticleFiles(config.maxBodyBytes(), clock);
    this.publishTimeout = config.publishTimeout();
    this.clock = clock;
  }

  /**
   * Publishes the files under {@code dir} and tells the listener how it goes.
   *
   * @throws IOException when the directory cannot be listed or the ledger cannot be written
   */
  public BackfillSummary run(Path dir, BackfillListener listener) throws IOException {
    List<Path> found = list(dir);
    Run run = new Run(found.size(), found.stream().mapToLong(DirectoryBackfill::size).sum(), listener);
    Deque<InFlight> window = new ArrayDeque<>();
    for (Path file : found) {
      if (run.brokerFailure != null) {
        break; // the broker is not taking records: stop reading, and leave the rest to the next run
      }
      Optional<String> fingerprint = fingerprint(file);
      if (fingerprint.isPresent() && ledger.contains(fingerprint.get())) {
        run.duplicate(size(file));
        continue;
      }
      window.add(new InFlight(file, fingerprint, size(file),
          publisher.publishOrRefuse(files.read(file), ArticleFiles.sourceRef(file))));
      if (window.size() >= WINDOW) {
        complete(window.poll(), run);
      }
    }
    while (!window.isEmpty()) {
      complete(window.poll(), run);
    }
    BackfillSummary summary = run.summary();
    listener.finished(summary);
    return summary;
  }

  private void complete(InFlight inFlight, Run run) throws IOException {
    ParseResult published;
    try {
      published = ArticlePublisher.await(inFlight.acknowledgement(), publishTimeout);
    } catch (PublishException e) {
      if (run.brokerFailure == null) {
        log.warn("Backfill stops reading files: {} was not published ({}). Run it again to publish the rest.",
            inFlight.file(), e.getMessage());
        run.brokerFailure = e;
      }
      return;
    }
    if (inFlight.fingerprint().isPresent()) {
      ledger.record(inFlight.fingerprint().get());
    }
    if (published instanceof Rejection rejection) {
      log.info("Rejected {} ({}): {}", inFlight.file(), rejection.reason(), rejection.message());
    } else if (!((ParseResult.Accepted) published).repairs().isEmpty()) {
      // DEBUG, not INFO as in the watched directory: a backfill of old files repairs many, and its progress
      // line is the report a person watches.
      log.debug("Published {}, repaired: {}", inFlight.file(), ((ParseResult.Accepted) published).repairs());
    }
    run.published(published, inFlight.size());
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a directory: give the directory that holds the article files");
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> isCandidate(dir.relativize(path)))
          .sorted()
          .toList();
    }
  }

  /** Skips hidden files and directories and the partial files of copiers, as the watched directory does. */
  private static boolean isCandidate(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return InboxScanner.isCandidate(relative.getFileName().toString());
  }

  /** Empty for a file that cannot be read: its rejection is published, and the next run tries it again. */
  private static Optional<String> fingerprint(Path file) {
    try {
      return Optional.of(FileFingerprint.of(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // an unreadable file is rejected when read; it adds nothing to the byte count
    }
  }

  @Override
  public void close() throws IOException {
    publisher.close();
    ledger.close();
  }

  private record InFlight(Path file, Optional<String> fingerprint, long size,
                          CompletableFuture<ParseResult> acknowledgement) {}

  /** The tally of one run, told to the listener after each file. */
  private final class Run {
    private final int total;
    private final long bytesTotal;
    private final BackfillListener listener;
    private final Instant started = clock.instant();
    private final Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
    private int accepted;
    private int duplicate;
    private long bytesDone;
    private PublishException brokerFailure;

    Run(int total, long bytesTotal, BackfillListener listener) {
      this.total = total;
      this.bytesTotal = bytesTotal;
      this.listener = listener;
    }

    void duplicate(long size) {
      duplicate++;
      done(size);
    }

    void published(ParseResult result, long size) {
      if (result instanceof Rejection rejection) {
        rejected.merge(rejection.reason(), 1, Integer::sum);
      } else {
        accepted++;
      }
      done(size);
    }

    private void done(long size) {
      bytesDone += size;
      listener.progress(new BackfillProgress(accepted + duplicate + rejectedCount(), total, bytesDone, bytesTotal,
          elapsed()));
    }

    private int rejectedCount() {
      return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Duration elapsed() {
      return Duration.between(started, clock.instant());
    }

    BackfillSummary summary() {
      int finished = accepted + duplicate + rejectedCount();
      return new BackfillSummary(total, accepted, duplicate, rejected, total - finished, bytesDone, elapsed());
    }
  }
}
