package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.feed.FeedLimits;
import tulpar.schemas.Article;
import tulpar.schemas.Topics;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.Json;

/** POST /api/v1/articles:batch on a real HTTP server, publishing to the shared embedded broker. */
class ArticleBatchEndpointTest {

  private static final long MAX_BODY_BYTES = 2_000;

  @TempDir
  static Path dir;
  private static IngestService ingest;
  private static HttpApi api;
  private final String run = UUID.randomUUID().toString();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    ingest = new IngestService(new IngestConfig(SharedKafka.settings(), dir.resolve("inbox"), dir.resolve("state"),
        MAX_BODY_BYTES, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(20),
        "batch-test-" + UUID.randomUUID(), List.of(), FeedLimits.defaults()));
    api = HttpApi.create(0, Optional.empty());
    ingest.registerRoutes(api);
    api.start();
    ingest.start();
  }

  @AfterAll
  static void stop() {
    api.close();
    ingest.close();
  }

  @Test
  void goodLinesArePublishedWhateverTheOthersHold() throws Exception {
    String batch = String.join("\n",
        "{\"url\": \"https://example.org/" + run + "/1\", \"body\": \"First article of run " + run + "\"}",
        "",
        "{\"body\": \"Second\", \"author\": \"Somebody\"}",
        "not json at all",
        "{\"url\": \"https://example.org/" + run + "/2\", \"body\": \"<p>Second article of run " + run + "</p>\"}\r",
        "   ",
        "{\"body\": \"" + "x".repeat((int) MAX_BODY_BYTES + 1) + "\"}",
        "{\"body\": \"Dated\", \"publishedAt\": \"3 January 3000\"}",
        "");

    JsonNode answer = accepted(post(batch, "application/x-ndjson"));

    assertThat(answer.get("accepted").asInt()).isEqualTo(2);
    assertThat(answer.get("refused").asInt()).isEqualTo(4);
    List<JsonNode> results = StreamSupport.stream(answer.get("results").spliterator(), false).toList();
    assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 3, 4, 5, 7, 8);
    assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
    assertThat(results.get(1).get("error").asText()).contains("'author'");
    assertThat(results.get(2).get("reason").asText()).isEqualTo("MALFORMED");
    assertThat(results.get(3).get("repairs").get(0).asText()).isEqualTo("HTML reduced to text");
    assertThat(results.get(4).get("status").asInt()).isEqualTo(413);
    assertThat(results.get(5).get("reason").asText()).isEqualTo("IMPOSSIBLE_DATE");
    List<String> ids = List.of(results.get(0).get("id").asText(), results.get(3).get("id").asText());
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> ids.contains(r.key()))) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(raw.keys())
          .containsExactlyInAnyOrderElementsOf(ids));
    }
  }

  @Test
  void jsonLinesContentTypeIsTakenToo() throws Exception {
    JsonNode answer = accepted(post("{\"body\": \"Plain article of run " + run + "\"}\n",
        "application/jsonl; charset=utf-8"));

    assertThat(answer.get("results").get(0).get("id").asText()).startsWith("art_");
  }

  @Test
  void otherContentTypesAre415() throws Exception {
    HttpResponse<String> response = post("{\"body\": \"x\"}", "application/json");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(Json.MAPPER.readTree(response.body()).get("error").asText()).contains("application/x-ndjson");
  }

  @Test
  void lineOverTheLineLimitIsRefusedAloneWith413() throws Exception {
    long limit = MAX_BODY_BYTES * ArticleBatchEndpoint.ESCAPE_FACTOR + ArticleBatchEndpoint.LINE_OVERHEAD_BYTES;
    String huge = "{\"body\": \"" + "y".repeat((int) limit) + "\"}";

    JsonNode answer = accepted(post(huge + "\n{\"body\": \"Small article of run " + run + "\"}", "application/x-ndjson"));

    assertThat(answer.get("results").get(0).get("status").asInt()).isEqualTo(413);
    assertThat(answer.get("results").get(0).get("error").asText()).contains("a line");
    assertThat(answer.get("results").get(1).get("id").asText()).startsWith("art_");
  }

  @Test
  void batchOverTheTotalLimitIsRefusedWhole() throws Exception {
    String line = "{\"body\": \"" + "z".repeat(1_000) + "\"}\n";
    String batch = line.repeat((int) (ArticleBatchEndpoint.MAX_BATCH_BYTES / line.length()) + 1);

    HttpResponse<String> response = post(batch, "application/x-ndjson");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Json.MAPPER.readTree(response.body()).get("error").asText()).contains("smaller batches");
  }

  private JsonNode accepted(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return Json.MAPPER.readTree(response.body());
  }

  private HttpResponse<String> post(String body, String contentType) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + "/api/v1/articles:batch"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
