package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.IngestConfig;
import tulpar.ingest.IngestMetrics;
import tulpar.ingest.IngestService;
import tulpar.servicekit.HttpApi;

/** Ingest's counters move when files, feed entries and HTTP requests are published or rejected. */
class IngestMetricsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;
  private final String run = UUID.randomUUID().toString();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FeedServer feeds = new FeedServer();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    feeds.close();
  }

  @Test
  void countsArticlesAndRejectionsBySourceAndReason() throws Exception {
    URI feed = feeds.serve("/bad", FeedServer.body(200, "application/rss+xml",
        FeedFixtures.bytes("bad-entries.xml", run)));
    Path inbox = dir.resolve("inbox");
    IngestConfig config = IngestConfig.defaults(SharedKafka.settings(), inbox, dir.resolve("data"))
        .withFeeds(List.of(new FeedSubscription(feed, Duration.ofMinutes(10))));
    try (IngestService ingest = new IngestService(config);
         HttpApi api = HttpApi.create(0, Optional.empty())) {
      ingest.registerMetrics(registry);
      ingest.registerRoutes(api);
      api.start();
      ingest.start();
      assertThat(ingested("file")).isZero();
      assertThat(rejected("file", "EMPTY")).isZero();

      Files.createDirectories(inbox);
      Files.writeString(inbox.resolve("empty.txt"), "");
      Files.writeString(inbox.resolve("good.txt"), "title: Good\n\nA good article of run " + run,
          StandardCharsets.UTF_8);
      assertThat(post(api, "{\"body\": \"Text\", \"publishedAt\": \"2026-02-30\"}")).isEqualTo(400);
      assertThat(post(api, "{\"body\": \"An article over HTTP, run " + run + "\"}")).isEqualTo(202);
      assertThat(postBatch(api, "{\"body\": \"A batch line, run " + run + "\"}\n{\"title\": \"No text\"}\n"))
          .isEqualTo(202);

      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(ingested("file")).isEqualTo(1);
        assertThat(rejected("file", "EMPTY")).isEqualTo(1);
        assertThat(ingested("feed")).isEqualTo(1);
        assertThat(rejected("feed", "IMPOSSIBLE_DATE")).isEqualTo(1);
        assertThat(rejected("feed", "EMPTY")).isEqualTo(1);
      });
      assertThat(ingested("http")).isEqualTo(2);
      assertThat(rejected("http", "IMPOSSIBLE_DATE")).isEqualTo(1);
      assertThat(rejected("http", "EMPTY")).isEqualTo(1);
      assertThat(rejected("file", "IMPOSSIBLE_DATE")).isZero();
      assertThat(registry.find(IngestMetrics.REJECTED).counters()).hasSize(3 * 7);
    }
  }

  private double ingested(String source) {
    return registry.get(IngestMetrics.INGESTED).tag("source", source).counter().count();
  }

  private double rejected(String source, String reason) {
    return registry.get(IngestMetrics.REJECTED).tag("source", source).tag("reason", reason).counter().count();
  }

  private int post(HttpApi api, String json) throws Exception {
    return post(api, "/api/v1/articles", "application/json", json);
  }

  private int postBatch(HttpApi api, String ndjson) throws Exception {
    return post(api, "/api/v1/articles:batch", "application/x-ndjson", ndjson);
  }

  private int post(HttpApi api, String path, String contentType, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
