package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tulpar.broker.SharedKafka;
import tulpar.ingest.ArticlePublisher;
import tulpar.ingest.LedgeredPublisher;
import tulpar.ingest.TopicTail;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.inbox.IngestedLedger;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.RejectReason;
import tulpar.schemas.RejectedArticle;
import tulpar.schemas.Topics;

/** One feed polled against a real HTTP server on loopback and the shared embedded broker. */
class FeedPollerTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration INTERVAL = Duration.ofMinutes(10);

  @TempDir
  Path dir;
  private final String run = UUID.randomUUID().toString();
  private final FeedServer server = new FeedServer();
  private final FeedFetcher fetcher = new FeedFetcher(FeedLimits.defaults());
  private ArticlePublisher publisher;
  private IngestedLedger ledger;

  @BeforeEach
  void start() throws IOException {
    publisher = new ArticlePublisher(SharedKafka.settings(), "feed-test-" + run, WAIT, Clock.systemUTC());
    ledger = IngestedLedger.open(dir.resolve("seen.txt"));
  }

  @AfterEach
  void stop() throws IOException {
    ledger.close();
    publisher.close();
    fetcher.close();
    server.close();
  }

  @Test
  void entriesArePublishedOnceAndNotAgainAfterARestart() throws Exception {
    AtomicReference<byte[]> feed = new AtomicReference<>(FeedFixtures.bytes("rss2.xml", run));
    URI url = server.serve("/rss", (exchange, s) -> {
      String etag = "\"" + java.util.Arrays.hashCode(feed.get()) + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", etag);
      FeedServer.body(200, "application/rss+xml", feed.get()).handle(exchange, s);
    });
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, this::fromThisRun)) {
      assertThat(poller(url).poll()).isEqualTo(INTERVAL);

      await().atMost(WAIT).untilAsserted(() -> assertThat(raw.records()).hasSize(2));
      Article fair = byTitle(raw, "Trade fair opens");
      assertThat(fair.getUrl()).isEqualTo(url.resolve("/" + run + "/trade-fair").toString());
      assertThat(fair.getBody()).isEqualTo("The trade fair opened in Tashkent.\n\nExhibitors came from five countries.");
      assertThat(fair.getSource()).isEqualTo(url.toString());
      assertThat(fair.getLanguage()).isEqualTo("en");
      assertThat(fair.getPublishedAt()).isEqualTo(Instant.parse("2026-02-02T08:00:00Z"));
      assertThat(fair.getDateSource()).isEqualTo(DateSource.STATED);
      assertThat(byTitle(raw, "Ministers agree on a road map").getBody())
          .isEqualTo("Two ministers met in Astana.\n\nThey agreed on a road map.");

      ledger.close();
      ledger = IngestedLedger.open(dir.resolve("seen.txt"));
      FeedPoller restarted = poller(url);
      restarted.poll(); // no validators yet after a restart: a full GET whose entries the ledger knows
      feed.set(withNewEntry(feed.get()));
      restarted.poll();

      await().atMost(WAIT).untilAsserted(() -> assertThat(raw.records()).hasSize(3));
      assertThat(raw.records()).extracting(r -> r.value().getTitle()).contains("A third entry");
    }
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void unchangedFeedIsNotReadAgain() {
    URI url = server.serve("/rss", (exchange, s) -> {
      if (exchange.getRequestHeaders().containsKey("If-None-Match")) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      FeedServer.body(200, "application/rss+xml", FeedFixtures.bytes("rss2.xml", run)).handle(exchange, s);
    });
    FeedPoller poller = poller(url);

    poller.poll();
    poller.poll();

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).getResponseCode()).isEqualTo(304);
  }

  @Test
  void badEntriesAreRejectedWithTheirReasonAndTheGoodOnePublished() throws Exception {
    URI url = server.serve("/bad", FeedServer.body(200, "application/rss+xml", FeedFixtures.bytes("bad-entries.xml", run)));
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, this::fromThisRun);
         TopicTail<RejectedArticle> rejected = new TopicTail<>(Topics.ARTICLES_REJECTED,
             r -> r.key().startsWith("feed:" + url + " "))) {
      poller(url).poll();

      await().atMost(WAIT).untilAsserted(() -> assertThat(rejected.records()).hasSize(2));
      Map<String, RejectReason> reasons = rejected.records().stream()
          .collect(Collectors.toMap(ConsumerRecord::key, r -> r.value().getReason()));
      assertThat(reasons).containsEntry("feed:" + url + " entry https://news.example.org/" + run + "/future",
          RejectReason.IMPOSSIBLE_DATE);
      assertThat(reasons).containsEntry("feed:" + url + " entry " + run + "-empty", RejectReason.EMPTY);
      await().atMost(WAIT).untilAsserted(() -> assertThat(raw.records()).extracting(r -> r.value().getBody())
          .containsExactly("A good entry"));
    }
  }

  @Test
  void failingFeedIsLoggedOnceAtWarnThenAtDebugAndOnceAtInfoWhenItRecovers() {
    AtomicInteger requests = new AtomicInteger();
    URI url = server.serve("/flaky", (exchange, s) -> {
      if (requests.incrementAndGet() <= 3) {
        exchange.sendResponseHeaders(500, -1);
      } else {
        FeedServer.body(200, "application/rss+xml", FeedFixtures.bytes("rss2.xml", run)).handle(exchange, s);
      }
    });
    FeedPoller poller = poller(url);

    List<ILoggingEvent> events = logged(() -> {
      assertThat(poller.poll()).isEqualTo(Duration.ofSeconds(45));
      assertThat(poller.poll()).isEqualTo(Duration.ofSeconds(90));
      assertThat(poller.poll()).isEqualTo(Duration.ofSeconds(180));
      assertThat(poller.poll()).isEqualTo(INTERVAL);
    });

    List<String> aboutFailures = events.stream()
        .filter(e -> e.getFormattedMessage().contains("fail") || e.getFormattedMessage().contains("works again"))
        .map(e -> e.getLevel() + " " + e.getFormattedMessage())
        .toList();
    assertThat(aboutFailures).hasSize(4);
    assertThat(aboutFailures.get(0)).startsWith("WARN Feed " + url + " failed: the server answered HTTP 500");
    assertThat(aboutFailures.get(1)).startsWith("DEBUG").contains("2 times in a row");
    assertThat(aboutFailures.get(2)).startsWith("DEBUG").contains("3 times in a row");
    assertThat(aboutFailures.get(3)).isEqualTo("INFO Feed " + url + " works again, after 3 failed attempts");
  }

  @Test
  void xmlBombIsRefusedQuicklyAndRetriedLaterWithoutHarm() {
    URI url = server.serve("/bomb", FeedServer.body(200, "application/rss+xml", FeedFixtures.bytes("bomb.xml", run)));
    long start = System.nanoTime();

    List<ILoggingEvent> events = logged(() -> assertThat(poller(url).poll()).isEqualTo(Duration.ofSeconds(45)));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(events).filteredOn(e -> e.getLevel() == Level.WARN)
        .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString().contains("DOCTYPE");
  }

  private FeedPoller poller(URI url) {
    return new FeedPoller(new FeedSubscription(url, INTERVAL), fetcher,
        new ArticleNormaliser(1024 * 1024, Clock.systemUTC()), new LedgeredPublisher(publisher, ledger, WAIT),
        new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), () -> 0.5), Clock.systemUTC());
  }

  private boolean fromThisRun(ConsumerRecord<String, Article> record) {
    return record.value().getUrl() != null && record.value().getUrl().contains(run);
  }

  private static Article byTitle(TopicTail<Article> raw, String title) {
    return raw.records().stream().map(ConsumerRecord::value).filter(a -> a.getTitle().equals(title))
        .findFirst().orElseThrow();
  }

  private byte[] withNewEntry(byte[] feed) {
    String entry = "<item><title>A third entry</title><link>https://news.example.org/" + run + "/third</link>"
        + "<description>Ministers met again.</description></item>";
    return new String(feed, StandardCharsets.UTF_8).replaceFirst("<item>", entry + "<item>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** What the feed poller logged while the action ran. */
  private static List<ILoggingEvent> logged(Runnable action) {
    Logger logger = (Logger) LoggerFactory.getLogger(FeedPoller.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    Level level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    appender.start();
    logger.addAppender(appender);
    try {
      action.run();
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(level);
    }
    return List.copyOf(appender.list);
  }
}
