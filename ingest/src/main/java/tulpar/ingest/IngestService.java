package tulpar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.feed.FeedIngest;
import tulpar.ingest.inbox.InboxScanner;
import tulpar.ingest.inbox.IngestedLedger;
import tulpar.schemas.Article;
import tulpar.servicekit.Health;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.Service;

/**
 * The ingest service: watches a directory for article files, reads RSS/Atom feeds and takes articles over HTTP,
 * and publishes each as an article or a rejection. The directory is polled rather than watched with a
 * WatchService, which misses events on network and container file systems; the settle check needs timed
 * re-looks anyway. Health is DOWN while the inbox cannot be processed (the broker is away, the disk fails);
 * a failing feed is logged and retried but leaves health alone, since one publisher's trouble is not ingest's.
 *
 * <p>Call {@link #registerRoutes(HttpApi)} before the HTTP server starts; {@link #start()} once.
 */
public final class IngestService implements Service {

  /** The ledger of published files, under the state directory; the backfill shares it. */
  public static final String LEDGER_FILE = "ingested-files.txt";
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final Clock clock;
  private final ArticleNormaliser normaliser;
  private final IngestMetrics metrics = new IngestMetrics();

  private volatile Health health = Health.starting("not started");
  private volatile ArticlePublisher publisher;
  private IngestedLedger ledger;
  private ScheduledExecutorService scheduler;
  private FeedIngest feeds;
  private boolean failing;

  public IngestService(IngestConfig config) {
    this(config, Clock.systemUTC());
  }

  public IngestService(IngestConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.normaliser = new ArticleNormaliser(config.maxBodyBytes(), clock);
  }

  @Override
  public String name() {
    return "ingest";
  }

  /** Counts ingested and rejected inputs by source ({@link IngestMetrics}). */
  @Override
  public void registerMetrics(MeterRegistry registry) {
    metrics.bindTo(registry);
  }

  /** Adds {@code POST /api/v1/articles} and {@code POST /api/v1/articles:batch}; both answer 503 until started. */
  @Override
  public void registerRoutes(HttpApi api) {
    new ArticleEndpoint(normaliser, this::publish, config.publishTimeout(), metrics, clock).register(api.routes());
    new ArticleBatchEndpoint(normaliser, this::publish, config.publishTimeout(), config.maxBodyBytes(), metrics,
        clock).register(api.routes());
  }

  @Override
  public synchronized void start() {
    if (scheduler != null) {
      throw new IllegalStateException("ingest was started already; make a new IngestService to start again");
    }
    publisher = new ArticlePublisher(config.kafka(), config.clientId(), config.publishTimeout(), clock);
    try {
      Files.createDirectories(config.watchDir());
      ledger = IngestedLedger.open(config.stateDir().resolve(LEDGER_FILE));
      if (!config.feeds().isEmpty()) {
        feeds = FeedIngest.start(config.feeds(), config.feedLimits(), config.stateDir(), normaliser, publisher,
            config.publishTimeout(), metrics, clock);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare ingest's directories " + config.watchDir() + " and "
          + config.stateDir() + " (" + e + "): check that they can be created and written", e);
    }
    InboxWatcher watcher = new InboxWatcher(new InboxScanner(config.watchDir(), config.settleTime()),
        new ArticleFiles(config.maxBodyBytes(), clock),
        new LedgeredPublisher(publisher, ledger, config.publishTimeout(), metrics, IngestMetrics.Source.FILE), clock);
    scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "tulpar-ingest-inbox");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(() -> scan(watcher), 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    log.info("Ingest is watching {} (state in {})", config.watchDir().toAbsolutePath(),
        config.stateDir().toAbsolutePath());
  }

  private void scan(InboxWatcher watcher) {
    try {
      watcher.scanOnce();
      if (failing) {
        log.info("Ingest is processing {} again", config.watchDir());
      }
      failing = false;
      health = Health.up();
    } catch (IOException | PublishException | RuntimeException e) {
      // Caught whatever it is: an exception leaving a scheduled task silently cancels every later scan.
      if (scheduler.isShutdown()) {
        return;
      }
      if (!failing) {
        log.warn("Ingest cannot process {}: {}. Retrying every {} ms", config.watchDir(), e.getMessage(),
            config.pollInterval().toMillis(), e);
      }
      failing = true;
      health = Health.down(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private CompletableFuture<RecordMetadata> publish(Article article) {
    ArticlePublisher current = publisher;
    return current == null
        ? CompletableFuture.failedFuture(new IllegalStateException("ingest has not started"))
        : current.publish(article);
  }

  @Override
  public Health health() {
    return health;
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      awaitScanEnd();
    }
    health = Health.down("stopped");
    if (feeds != null) {
      feeds.close();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (ledger != null) {
      try {
        ledger.close();
      } catch (IOException e) {
        log.warn("Cannot close ingest's ledger: {}", e.toString());
      }
    }
  }

  private void awaitScanEnd() {
    try {
      if (!scheduler.awaitTermination(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Ingest's directory scan did not stop within {}", config.publishTimeout());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
