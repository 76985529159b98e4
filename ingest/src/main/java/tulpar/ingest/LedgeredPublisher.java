package tulpar.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import tulpar.ingest.inbox.IngestedLedger;

/**
 * Publishes each input once, for a source that polls (the inbox, a feed): an input whose key is in the ledger
 * is not sent again, and a key is recorded only after the broker acknowledged, so an outage delays inputs but
 * never loses one. While an earlier send of the same key is still outstanding (the broker is slow or away),
 * the next attempt waits for that send instead of queueing another copy: the source takes no new input until
 * its outstanding record is through, which is ingest's backpressure.
 */
public final class LedgeredPublisher {

  private final ArticlePublisher publisher;
  private final IngestedLedger ledger;
  private final Duration timeout;
  private final IngestMetrics metrics;
  private final IngestMetrics.Source source;
  private final Map<String, CompletableFuture<ParseResult>> outstanding = new ConcurrentHashMap<>();

  public LedgeredPublisher(ArticlePublisher publisher, IngestedLedger ledger, Duration timeout) {
    this(publisher, ledger, timeout, new IngestMetrics(), IngestMetrics.Source.FILE);
  }

  /** Counts each acknowledged input in {@code metrics} as coming from {@code source}. */
  public LedgeredPublisher(ArticlePublisher publisher, IngestedLedger ledger, Duration timeout, IngestMetrics metrics,
                           IngestMetrics.Source source) {
    this.publisher = publisher;
    this.ledger = ledger;
    this.timeout = timeout;
    this.metrics = metrics;
    this.source = source;
  }

  public boolean isPublished(String key) {
    return ledger.contains(key);
  }

  /** Publishes under a ledger key and records the key once acknowledged; returns what was published. */
  public ParseResult publishOnce(String key, ParseResult result, String sourceRef)
      throws PublishException, IOException {
    CompletableFuture<ParseResult> sent = outstanding.compute(key, (k, earlier) ->
        earlier == null || earlier.isCompletedExceptionally() ? publisher.publishOrRefuse(result, sourceRef) : earlier);
    ParseResult published = ArticlePublisher.await(sent, timeout);
    ledger.record(key);
    outstanding.remove(key, sent);
    metrics.published(source, published);
    return published;
  }

  /** Publishes an input that has no key (a file that cannot be read); a later attempt sends it again. */
  public ParseResult publishUnrecorded(ParseResult result, String sourceRef) throws PublishException {
    ParseResult published = ArticlePublisher.await(publisher.publishOrRefuse(result, sourceRef), timeout);
    metrics.published(source, published);
    return published;
  }
}
