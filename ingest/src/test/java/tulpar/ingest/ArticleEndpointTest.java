package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.feed.FeedLimits;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.Topics;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.Json;

/** POST /api/v1/articles on a real HTTP server, publishing to the shared embedded broker. */
class ArticleEndpointTest {

  private static final long MAX_BODY_BYTES = 2_000;

  @TempDir
  Path dir;
  private final String run = UUID.randomUUID().toString();
  private final HttpClient http = HttpClient.newHttpClient();
  private IngestService ingest;
  private HttpApi api;

  @BeforeEach
  void start() {
    ingest = new IngestService(config("main", MAX_BODY_BYTES));
    api = HttpApi.create(0, Optional.empty());
    ingest.registerRoutes(api);
    api.start();
    ingest.start();
  }

  @AfterEach
  void stop() {
    api.close();
    ingest.close();
  }

  @Test
  void goodArticleIsAcceptedWithItsIdAndPublished() throws Exception {
    HttpResponse<String> response = post(Json.MAPPER.writeValueAsString(Map.of(
        "url", "https://example.org/" + run + "?utm_campaign=x",
        "title", "Ministers meet",
        "body", "The ministers met in run " + run + ".",
        "publishedAt", "2026-02-03T09:30:00Z",
        "source", "Example Wire",
        "language", "en")));

    assertThat(response.statusCode()).isEqualTo(202);
    String id = Json.MAPPER.readTree(response.body()).get("id").asText();
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.key().equals(id))) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(raw.records()).hasSize(1));
      Article article = raw.records().get(0).value();
      assertThat(article.getUrl()).isEqualTo("https://example.org/" + run);
      assertThat(article.getTitle()).isEqualTo("Ministers meet");
      assertThat(article.getSource()).isEqualTo("Example Wire");
      assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T09:30:00Z"));
      assertThat(article.getDateSource()).isEqualTo(DateSource.STATED);
    }
  }

  @Test
  void articleWithoutDateIsDatedOnReceiptWithSourceHttp() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> response = post("{\"body\": \"Undated text of run " + run + "\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    String id = Json.MAPPER.readTree(response.body()).get("id").asText();
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.key().equals(id))) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(raw.records()).hasSize(1));
      Article article = raw.records().get(0).value();
      assertThat(article.getSource()).isEqualTo("http");
      assertThat(article.getDateSource()).isEqualTo(DateSource.RECEIVED);
      assertThat(article.getPublishedAt()).isAfter(before);
    }
  }

  @Test
  void sameArticleByHttpAndByFileGetsTheSameId() throws Exception {
    String body = "One text, two ways in, run " + run + ".";
    Path file = Files.writeString(dir.resolve("same.txt"), "title: Same\nsource: Example Wire\n\n" + body,
        StandardCharsets.UTF_8);

    HttpResponse<String> response = post(Json.MAPPER.writeValueAsString(Map.of(
        "title", "Same", "source", "Example Wire", "body", body)));

    String fromFile = ((ParseResult.Accepted) ArticleFiles.read(file, Clock.systemUTC())).article().getId();
    assertThat(Json.MAPPER.readTree(response.body()).get("id").asText()).isEqualTo(fromFile);
  }

  @Test
  void missingBodyIsRefusedWith400() throws Exception {
    JsonNode error = refused(post("{\"title\": \"No text\"}"), 400);

    assertThat(error.get("reason").asText()).isEqualTo("EMPTY");
    assertThat(error.get("error").asText()).contains("no text");
  }

  @Test
  void impossibleDateIsRefusedWith400() throws Exception {
    JsonNode error = refused(post("{\"body\": \"Text\", \"publishedAt\": \"2026-02-30\"}"), 400);

    assertThat(error.get("reason").asText()).isEqualTo("IMPOSSIBLE_DATE");
  }

  @Test
  void unreadableDateIsRefusedWith400() throws Exception {
    JsonNode error = refused(post("{\"body\": \"Text\", \"publishedAt\": \"yesterday\"}"), 400);

    assertThat(error.get("reason").asText()).isEqualTo("MALFORMED");
    assertThat(error.get("error").asText()).contains("'yesterday'");
  }

  @Test
  void unknownFieldIsRefusedWith400NamingIt() throws Exception {
    JsonNode error = refused(post("{\"body\": \"Text\", \"author\": \"Somebody\"}"), 400);

    assertThat(error.get("error").asText()).contains("'author'").contains("publishedAt");
  }

  @Test
  void fieldOfTheWrongTypeIsRefusedWith400() throws Exception {
    JsonNode error = refused(post("{\"body\": {\"text\": \"nested\"}}"), 400);

    assertThat(error.get("error").asText()).contains("'body' must be a string");
  }

  @Test
  void requestThatIsNotJsonIsRefusedWith400() throws Exception {
    assertThat(refused(post("body=plain+form"), 400).get("error").asText()).contains("not valid JSON");
    assertThat(refused(post(""), 400).get("error").asText()).contains("JSON object");
    assertThat(refused(post("[\"a\"]"), 400).get("error").asText()).contains("JSON object");
  }

  @Test
  void bodyOverTheLimitIsRefusedWith413() throws Exception {
    String body = "x".repeat((int) MAX_BODY_BYTES + 1);

    JsonNode error = refused(post("{\"body\": \"" + body + "\"}"), 413);

    assertThat(error.get("reason").asText()).isEqualTo("TOO_LARGE");
  }

  @Test
  void serviceNotYetStartedAnswers503() throws Exception {
    IngestService notStarted = new IngestService(IngestConfig.defaults(SharedKafka.settings(), dir.resolve("in2"),
        dir.resolve("data2")));
    try (HttpApi other = HttpApi.create(0, Optional.empty())) {
      notStarted.registerRoutes(other);
      other.start();

      HttpResponse<String> response = post(other, "{\"body\": \"Too early\"}");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(Json.MAPPER.readTree(response.body()).get("error").asText()).contains("ingest has not started");
    }
  }

  @Test
  void articleTheBrokerRefusesAsTooLargeIsRefusedWith413() throws Exception {
    try (IngestService roomy = new IngestService(config("roomy", IngestServiceTest.TOO_LARGE_FOR_KAFKA + 1024 * 1024));
         HttpApi other = HttpApi.create(0, Optional.empty())) {
      roomy.registerRoutes(other);
      other.start();
      roomy.start();
      String body = Fixtures.randomLetters(IngestServiceTest.TOO_LARGE_FOR_KAFKA);

      JsonNode error = refused(post(other, "{\"body\": \"" + body + "\"}"), 413);

      assertThat(error.get("error").asText()).contains("max.message.bytes");
    }
  }

  private IngestConfig config(String name, long maxBodyBytes) {
    return new IngestConfig(SharedKafka.settings(), dir.resolve(name + "-inbox"), dir.resolve(name + "-state"),
        maxBodyBytes, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(20),
        "http-test-" + name + "-" + run, List.of(), FeedLimits.defaults());
  }

  private JsonNode refused(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Json.MAPPER.readTree(response.body());
  }

  private HttpResponse<String> post(String json) throws Exception {
    return post(api, json);
  }

  private HttpResponse<String> post(HttpApi server, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
