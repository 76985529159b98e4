package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Issue #4's check, on {@code tulpar run}'s own assembly: the two seed reports of one meeting (the preview first)
 * make one event per real-world event and one alert per event plus one for the meeting's status change; after a
 * restart on the same data directory, the same two files dropped again under new names alert nobody.
 */
class EventLifecycleEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String MEETING = "8th meeting of the Joint Strategic Planning Group";

  @TempDir
  Path dir;

  @Test
  void oneEventPerRealWorldEventOneAlertPerChangeAndNothingAgainAfterARestart() throws Exception {
    Path seeds = Corpus.dir().resolve("seeds");
    assumeThat(Files.isDirectory(seeds)).as("the seed articles in ../shared/corpus").isTrue();
    Path preview = seeds.resolve("002_ee4cc914a89820d1.txt");
    Path report = seeds.resolve("000_13e160b084ac8bdd.txt");
    Path inbox = dir.resolve("inbox");

    try (WebhookReceiver subscriber = WebhookReceiver.start()) {
      try (AllInOne tulpar = AllInOne.start(EndToEndTest.settings(dir, java.util.Optional.empty()))) {
        assertThat(tulpar.awaitHealthy(TIMEOUT)).as("healthy").isTrue();
        subscribe(tulpar.httpPort(), subscriber.url());

        drop(preview, inbox, "preview.txt");
        await().atMost(TIMEOUT).until(() -> alerts(subscriber).size() >= 1);
        drop(report, inbox, "report.txt");
        await().atMost(TIMEOUT).until(() -> alerts(subscriber).size() >= 5);

        assertThat(alerts(subscriber)).extracting(a -> a.path("event").path("name").asText() + " "
            + a.path("event").path("change").asText() + " " + a.path("event").path("status").asText())
            .containsExactlyInAnyOrder(
                MEETING + " NEW PLANNED",
                MEETING + " STATUS_CHANGED HELD",
                "Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Türkiye for 2026-2027"
                    + " NEW SIGNED",
                "informal summit of the Organization of Turkic States NEW ANNOUNCED",
                "13th summit of the Organization of Turkic States NEW ANNOUNCED");
        // The API's view of the events follows the events topic on a reader of its own, which may trail the
        // matcher that made the webhooks.
        await().atMost(TIMEOUT).untilAsserted(() -> {
          List<JsonNode> meetings = new ArrayList<>();
          events(tulpar.httpPort()).forEach(e -> {
            if (e.path("name").asText().equals(MEETING)) {
              meetings.add(e);
            }
          });
          assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.path("status").asText()).isEqualTo("HELD");
            assertThat(m.path("date").asText()).isEqualTo("2026-02-02");
            assertThat(m.path("place").asText()).isEqualTo("Ankara");
            assertThat(m.path("sources")).hasSize(2);
          });
        });
      }

      try (AllInOne restarted = AllInOne.start(EndToEndTest.settings(dir, java.util.Optional.empty()))) {
        assertThat(restarted.awaitHealthy(TIMEOUT)).as("healthy after the restart").isTrue();
        drop(preview, inbox, "preview-again.txt");
        drop(report, inbox, "report-again.txt");

        awaitRepeatsMarked(KafkaSettings.of(restarted.kafka().bootstrapServers()), 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
            .until(() -> alerts(subscriber).size() == 5);
      }
    }
  }

  private static void drop(Path file, Path inbox, String name) throws Exception {
    Files.createDirectories(inbox);
    Path staging = Files.createTempFile(inbox.getParent(), "staging", ".txt");
    Files.copy(file, staging, StandardCopyOption.REPLACE_EXISTING);
    Files.move(staging, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void subscribe(int httpPort, String target) throws Exception {
    String body = "{\"channel\": \"webhook\", \"target\": \"" + target + "\", \"filter\": "
        + "{\"eventTypes\": [\"AGREEMENT\", \"SUMMIT\", \"MEETING\"]}}";
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + httpPort + "/api/v1/subscriptions"))
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static JsonNode events(int httpPort) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + httpPort + "/api/v1/events")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<JsonNode> alerts(WebhookReceiver receiver) {
    return receiver.deliveries().stream().map(d -> {
      try {
        return JSON.readTree(d.body());
      } catch (java.io.IOException e) {
        throw new AssertionError("Webhook body is not JSON: " + d.body(), e);
      }
    }).toList();
  }

  /** Waits until the enriched topic holds this many articles marked as repeats: the topology has seen them. */
  private static void awaitRepeatsMarked(KafkaSettings kafka, int count) {
    try (var consumer = new KafkaConsumer<>(kafka.reader("lifecycle-test-" + UUID.randomUUID()),
        Topics.ARTICLES_ENRICHED.keySerde().deserializer(), Topics.ARTICLES_ENRICHED.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<EnrichedArticle> repeats = new ArrayList<>();
      await().atMost(TIMEOUT).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          if (r.value().getDuplicateOf() != null) {
            repeats.add(r.value());
          }
        });
        return repeats.size() >= count;
      });
    }
  }
}
