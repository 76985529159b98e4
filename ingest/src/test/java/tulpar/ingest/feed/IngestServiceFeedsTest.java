package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.IngestConfig;
import tulpar.ingest.IngestService;
import tulpar.ingest.TopicTail;
import tulpar.schemas.Article;
import tulpar.schemas.Topics;

/** The ingest service reading feeds: good ones are published while bad ones are logged and left to back off. */
class IngestServiceFeedsTest {

  @TempDir
  Path dir;
  private final String run = UUID.randomUUID().toString();
  private final FeedServer server = new FeedServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void goodFeedIsPublishedWhileBrokenFeedsLeaveTheServiceHealthy() {
    URI good = server.serve("/good", FeedServer.body(200, "application/rss+xml", FeedFixtures.bytes("rss2.xml", run)));
    URI notXml = server.serve("/text", FeedServer.body(200, "text/plain",
        "no feed here".getBytes(StandardCharsets.UTF_8)));
    URI page = server.serve("/page", FeedServer.body(200, "text/html", FeedFixtures.bytes("page.html", run)));
    URI missing = server.serve("/missing", FeedServer.body(404, "text/html", new byte[0]));
    URI endless = server.serve("/endless", (exchange, s) -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      while (!s.isClosed()) {
        out.write(' ');
        out.flush();
        Thread.sleep(50);
      }
    });
    List<FeedSubscription> feeds = List.of(notXml, page, missing, endless, good).stream()
        .map(url -> new FeedSubscription(url, Duration.ofMinutes(10)))
        .toList();
    IngestConfig config = IngestConfig.defaults(SharedKafka.settings(), dir.resolve("inbox"), dir.resolve("data"))
        .withFeeds(feeds)
        .withFeedLimits(new FeedLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(500), 1024 * 1024,
            Duration.ofMinutes(1), Duration.ofHours(1)));

    try (IngestService ingest = new IngestService(config);
         TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW,
             r -> r.value().getUrl() != null && r.value().getUrl().contains(run))) {
      ingest.start();

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(raw.records()).hasSize(2));
      await().atMost(Duration.ofSeconds(5)).until(() -> server.requests().size() == feeds.size());
      assertThat(ingest.health().isUp()).isTrue();
    }
  }
}
