package tulpar.ingest.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.ArticlePublisher;
import tulpar.ingest.IngestMetrics;
import tulpar.ingest.LedgeredPublisher;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.inbox.IngestedLedger;

/**
 * Polls every subscribed feed on its own schedule: each feed is polled again its interval after a poll that
 * worked, or after its backoff after one that failed. A few threads serve all feeds, so a feed that takes its
 * whole deadline delays no more than one thread. Seen entries are remembered in
 * {@code STATE_DIR/}{@value #LEDGER_FILE}.
 */
public final class FeedIngest implements AutoCloseable {

  static final String LEDGER_FILE = "seen-feed-entries.txt";
  static final int MAX_THREADS = 4;
  private static final Logger log = LoggerFactory.getLogger(FeedIngest.class);

  private final IngestedLedger ledger;
  private final FeedFetcher fetcher;
  private final ScheduledExecutorService scheduler;
  private final Duration stopTimeout;

  private FeedIngest(IngestedLedger ledger, FeedFetcher fetcher, ScheduledExecutorService scheduler,
                     Duration stopTimeout) {
    this.ledger = ledger;
    this.fetcher = fetcher;
    this.scheduler = scheduler;
    this.stopTimeout = stopTimeout;
  }

  /** Starts polling; every feed is polled once at once. */
  public static FeedIngest start(List<FeedSubscription> feeds, FeedLimits limits, Path stateDir,
                                 ArticleNormaliser normaliser, ArticlePublisher publisher, Duration publishTimeout,
                                 IngestMetrics metrics, Clock clock) throws IOException {
    IngestedLedger ledger = IngestedLedger.open(stateDir.resolve(LEDGER_FILE));
    FeedFetcher fetcher = new FeedFetcher(limits);
    AtomicInteger threads = new AtomicInteger();
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(MAX_THREADS, feeds.size())),
        task -> {
          Thread thread = new Thread(task, "tulpar-ingest-feeds-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    FeedIngest ingest = new FeedIngest(ledger, fetcher, scheduler, publishTimeout);
    LedgeredPublisher ledgered = new LedgeredPublisher(publisher, ledger, publishTimeout, metrics,
        IngestMetrics.Source.FEED);
    for (FeedSubscription feed : feeds) {
      Backoff backoff = new Backoff(limits.minBackoff(), limits.maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
      ingest.schedule(new FeedPoller(feed, fetcher, normaliser, ledgered, backoff, clock), Duration.ZERO);
    }
    log.info("Ingest is reading {} feeds", feeds.size());
    return ingest;
  }

  private void schedule(FeedPoller poller, Duration delay) {
    try {
      scheduler.schedule(() -> schedule(poller, poller.poll()), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("Not polling feed {} again: ingest is stopping", poller.subscription().url());
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      if (!scheduler.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Feed polling did not stop within {}", stopTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fetcher.close();
    try {
      ledger.close();
    } catch (IOException e) {
      log.warn("Cannot close the ledger of seen feed entries: {}", e.toString());
    }
  }
}
