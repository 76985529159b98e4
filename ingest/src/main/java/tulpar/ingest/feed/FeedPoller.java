package tulpar.ingest.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.LedgeredPublisher;
import tulpar.ingest.ParseResult;
import tulpar.ingest.PublishException;
import tulpar.ingest.Rejection;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Normalised;
import tulpar.ingest.article.Origin;

/**
 * Reads one feed: a conditional GET, then every entry not seen before, oldest first, through the one
 * normaliser to tulpar.articles.raw (or, when bad, to tulpar.articles.rejected), each remembered in the ledger
 * once the broker has it. The feed's validators (ETag, Last-Modified) are kept only once every entry is
 * through, so a poll cut short by a broker outage is not answered "304, nothing new" the next time. A failure
 * of any kind is logged through {@link FailureLog} and retried after a {@link Backoff}; it never escapes.
 * One thread at a time polls a given feed.
 */
final class FeedPoller {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final FeedSubscription subscription;
  private final FeedFetcher fetcher;
  private final ArticleNormaliser normaliser;
  private final LedgeredPublisher publisher;
  private final Backoff backoff;
  private final Clock clock;
  private final FailureLog failures;
  private FetchResult.Validators validators = FetchResult.Validators.NONE;
  private boolean readOnce;

  FeedPoller(FeedSubscription subscription, FeedFetcher fetcher, ArticleNormaliser normaliser,
             LedgeredPublisher publisher, Backoff backoff, Clock clock) {
    this.subscription = subscription;
    this.fetcher = fetcher;
    this.normaliser = normaliser;
    this.publisher = publisher;
    this.backoff = backoff;
    this.clock = clock;
    this.failures = new FailureLog(log, "Feed " + subscription.url());
  }

  FeedSubscription subscription() {
    return subscription;
  }

  /** Polls once and tells how long to wait before the next poll. */
  Duration poll() {
    try {
      pollOnce();
      failures.succeeded();
      return subscription.interval();
    } catch (FeedException e) {
      return failed(e.getMessage());
    } catch (PublishException e) {
      return failed("its entries cannot be published just now (" + e.getMessage() + ")");
    } catch (IOException e) {
      return failed("the ledger of seen entries cannot be written (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      // Caught whatever it is: one feed's surprise must not stop the others or ingest.
      log.debug("Unexpected failure reading feed {}", subscription.url(), e);
      return failed("unexpected " + e);
    }
  }

  private Duration failed(String why) {
    Duration delay = backoff.after(failures.failures() + 1);
    failures.failed(why, delay);
    return delay;
  }

  private void pollOnce() throws FeedException, PublishException, IOException {
    FetchResult result = fetcher.fetch(subscription.url(), validators);
    if (result instanceof FetchResult.NotModified) {
      log.debug("Feed {} has not changed", subscription.url());
      return;
    }
    FetchResult.Fetched fetched = (FetchResult.Fetched) result;
    Instant fetchedAt = clock.instant();
    List<FeedItem> items = FeedItems.of(FeedDocument.parse(fetched.body(), fetched.contentType()),
        subscription.url(), fetchedAt);
    int published = 0;
    for (FeedItem item : items) {
      String key = key(item);
      if (!publisher.isPublished(key)) {
        publisher.publishOnce(key, read(item, fetchedAt), sourceRef(item));
        published++;
      }
    }
    validators = fetched.validators();
    if (readOnce) {
      log.debug("Feed {}: {} entries, {} new", subscription.url(), items.size(), published);
    } else {
      log.info("Reading feed {} every {} s: {} entries, {} new", subscription.url(),
          subscription.interval().toSeconds(), items.size(), published);
      readOnce = true;
    }
  }

  private ParseResult read(FeedItem item, Instant fetchedAt) {
    try {
      Normalised normalised = normaliser.normaliseNoting(item.draft(), Origin.feed(subscription.url(), fetchedAt));
      return new ParseResult.Accepted(normalised.article(), normalised.repairs());
    } catch (BadArticleException e) {
      String body = item.draft().body() == null ? "" : item.draft().body();
      byte[] original = body.getBytes(StandardCharsets.UTF_8);
      log.debug("Rejected entry {} of feed {} ({}): {}", item.identity(), subscription.url(), e.reason(),
          e.getMessage());
      return Rejection.of(sourceRef(item), e, original, original.length, clock.instant());
    }
  }

  private String sourceRef(FeedItem item) {
    return "feed:" + subscription.url() + " entry " + item.identity();
  }

  /** The ledger key of an entry: its identity within this feed, hashed to the ledger's fixed shape. */
  private String key(FeedItem item) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("feed\n" + subscription.url() + "\n" + item.identity()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
