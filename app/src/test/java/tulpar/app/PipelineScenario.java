package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The end-to-end story of the product, against a running Tulpar: a subscriber to agreements and summits gets
 * correctly signed alerts for the articles dropped into the inbox; a subscriber whose filter excludes them
 * gets nothing. Runs on the seed articles when the shared corpus is there, else on the fixture articles.
 */
final class PipelineScenario {

  /** An alert the matching subscriber must receive: event type, an acceptable status, parties it must include. */
  record ExpectedAlert(String type, Set<String> statuses, Set<String> parties) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ExpectedAlert SIGNED_AGREEMENT =
      new ExpectedAlert("AGREEMENT", Set.of("SIGNED"), Set.of("KZ", "TR"));
  private static final ExpectedAlert ANNOUNCED_SUMMIT =
      new ExpectedAlert("SUMMIT", Set.of("ANNOUNCED", "PLANNED"), Set.of("AZ", "KG", "KZ", "TR", "UZ"));

  private PipelineScenario() {}

  static void run(int httpPort, Path inbox) throws Exception {
    try (WebhookReceiver matching = WebhookReceiver.start(); WebhookReceiver excluded = WebhookReceiver.start()) {
      String api = "http://localhost:" + httpPort + "/api/v1/subscriptions";
      String secret = subscribe(api, matching.url(), "{\"eventTypes\": [\"AGREEMENT\", \"SUMMIT\"]}");
      subscribe(api, excluded.url(), "{\"countries\": [\"HU\"], \"eventTypes\": [\"AGREEMENT\", \"SUMMIT\"]}");

      dropArticles(inbox);

      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
          assertThat(events(matching)).as("alerts received")
              .anySatisfy(e -> assertThat(matches(e, SIGNED_AGREEMENT)).isTrue())
              .anySatisfy(e -> assertThat(matches(e, ANNOUNCED_SUMMIT)).isTrue()));

      for (WebhookReceiver.Delivery delivery : matching.deliveries()) {
        assertSignedWith(secret, delivery);
      }
      assertThat(events(matching)).extracting(e -> e.path("type").asText()).containsOnly("AGREEMENT", "SUMMIT");
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
          .until(() -> excluded.deliveries().isEmpty());
    }
  }

  /**
   * Copies the seeds (or, in a clone without the corpus, the fixtures) into the inbox. Both sets report a
   * signed Kazakhstan–Türkiye document and an announced summit of the Organization of Turkic States.
   */
  private static void dropArticles(Path inbox) throws IOException {
    Files.createDirectories(inbox);
    Path seeds = Corpus.dir().resolve("seeds");
    Path fixtures = Path.of(PipelineScenario.class.getResource("/articles").getPath());
    copyAll(Files.isDirectory(seeds) ? seeds : fixtures, inbox);
  }

  private static void copyAll(Path from, Path inbox) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        // Written beside the inbox and moved in, as a careful user would, so no half-written file is seen.
        Path staging = Files.createTempFile(inbox.getParent(), "staging", ".txt");
        Files.copy(file, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private static boolean matches(JsonNode event, ExpectedAlert expected) {
    if (!expected.type().equals(event.path("type").asText())
        || !expected.statuses().contains(event.path("status").asText())) {
      return false;
    }
    Set<String> parties = new java.util.HashSet<>();
    event.path("parties").forEach(p -> parties.add(p.asText()));
    return parties.containsAll(expected.parties());
  }

  private static List<JsonNode> events(WebhookReceiver receiver) {
    return receiver.deliveries().stream().map(d -> {
      try {
        return JSON.readTree(d.body()).path("event");
      } catch (IOException e) {
        throw new AssertionError("Webhook body is not JSON: " + d.body(), e);
      }
    }).toList();
  }

  private static String subscribe(String api, String target, String filter) throws Exception {
    String body = "{\"channel\": \"webhook\", \"target\": \"" + target + "\", \"filter\": " + filter + "}";
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api))
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String secret = JSON.readTree(response.body()).path("secret").asText();
    assertThat(secret).startsWith("whsec_");
    return secret;
  }

  /** Verifies the Standard Webhooks signature independently of Tulpar's code. */
  static void assertSignedWith(String secret, WebhookReceiver.Delivery delivery) throws Exception {
    String id = delivery.headers().get("webhook-id");
    String timestamp = delivery.headers().get("webhook-timestamp");
    assertThat(id).isNotBlank();
    assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000,
        org.assertj.core.data.Offset.offset(300L));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String expected = "v1," + Base64.getEncoder().encodeToString(
        mac.doFinal((id + "." + timestamp + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
    assertThat(delivery.headers().get("webhook-signature").split(" ")).contains(expected);
  }
}
