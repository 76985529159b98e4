package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tulpar.alerts.kafka.CompactedTopicView;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Subscription;
import tulpar.schemas.Topics;

/** The subscriptions and events API of a service that refuses private webhook targets (the default). */
class SubscriptionsApiTest {

  private static RunningAlerts alerts;

  @BeforeAll
  static void startService() {
    alerts = RunningAlerts.start(AlertsConfig.defaults(SharedKafka.settings()));
  }

  @AfterAll
  static void stopService() {
    alerts.close();
  }

  private static String token() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static String webhook(String target, String keyword) {
    return """
        {"channel": "webhook", "target": "%s",
         "filter": {"countries": ["kz", "TR"], "topics": ["Trade"], "eventTypes": ["agreement"], "keywords": ["%s"]}}
        """.formatted(target, keyword);
  }

  @Test
  void createsWebhookSubscriptionWithIdSecretAndNormalisedFilter() {
    JsonNode created = alerts.subscribe(webhook("https://203.0.113.10/hooks/tulpar", token()));

    assertThat(created.get("id").asText()).startsWith("sub_");
    assertThat(created.get("channel").asText()).isEqualTo("webhook");
    assertThat(created.get("target").asText()).isEqualTo("https://203.0.113.10/hooks/tulpar");
    assertThat(created.get("enabled").asBoolean()).isTrue();
    assertThat(created.at("/filter/countries").toString()).isEqualTo("[\"KZ\",\"TR\"]");
    assertThat(created.at("/filter/topics").toString()).isEqualTo("[\"trade\"]");
    assertThat(created.at("/filter/eventTypes").toString()).isEqualTo("[\"AGREEMENT\"]");
    String secret = created.get("secret").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeBetween(24, 32);
  }

  @Test
  void readsItsOwnWriteRightAfterCreatingWithoutShowingTheSecretAgain() {
    String id = alerts.subscribe(webhook("https://203.0.113.10/a", token())).get("id").asText();

    HttpResponse<String> read = alerts.get("/api/v1/subscriptions/" + id);

    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode subscription = RunningAlerts.json(read);
    assertThat(subscription.get("id").asText()).isEqualTo(id);
    assertThat(subscription.has("secret")).isFalse();
  }

  @Test
  void listsSubscriptionsWithoutSecrets() {
    String id = alerts.subscribe(webhook("https://203.0.113.10/b", token())).get("id").asText();

    JsonNode list = RunningAlerts.json(alerts.get("/api/v1/subscriptions"));

    List<String> ids = new ArrayList<>();
    list.forEach(s -> {
      ids.add(s.get("id").asText());
      assertThat(s.has("secret")).as("secret of %s", s.get("id")).isFalse();
    });
    assertThat(ids).contains(id);
    assertThat(list.toString()).doesNotContain("whsec_");
  }

  @Test
  void deletesWithATombstoneAndAnswers404Afterwards() {
    String id = alerts.subscribe(webhook("https://203.0.113.10/c", token())).get("id").asText();

    assertThat(alerts.delete("/api/v1/subscriptions/" + id).statusCode()).isEqualTo(204);

    assertThat(alerts.get("/api/v1/subscriptions/" + id).statusCode()).isEqualTo(404);
    assertThat(alerts.delete("/api/v1/subscriptions/" + id).statusCode()).isEqualTo(404);
    List<ConsumerRecord<String, Subscription>> records = KafkaTopics.readAll(Topics.SUBSCRIPTIONS, id::equals);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).value().getId()).isEqualTo(id);
    assertThat(records.get(1).value()).as("tombstone").isNull();
  }

  @Test
  void showsEveryFilterFieldAndTheDeliveryModeInTheWordsOfTheRequest() {
    JsonNode created = alerts.subscribe("""
        {"channel": "webhook", "target": "https://203.0.113.10/e", "delivery": "hourly",
         "filter": {"countries": ["KZ", "UZ"], "countriesMatch": "all", "statuses": ["signed"], "keywords": ["%s"]}}
        """.formatted(token()));

    assertThat(created.get("delivery").asText()).isEqualTo("hourly");
    assertThat(created.get("filter").toString()).isEqualTo("{\"countries\":[\"KZ\",\"UZ\"],\"countriesMatch\":\"all\","
        + "\"topics\":[],\"eventTypes\":[],\"statuses\":[\"SIGNED\"],\"keywords\":[" + created.at("/filter/keywords/0")
        + "]}");
  }

  @Test
  void updatesFilterTargetAndDeliveryKeepingIdSecretAndCreationTime() {
    JsonNode created = alerts.subscribe(webhook("https://203.0.113.10/before", token()));
    String id = created.get("id").asText();

    HttpResponse<String> updated = alerts.put("/api/v1/subscriptions/" + id, """
        {"channel": "webhook", "target": "https://203.0.113.10/after", "delivery": "daily",
         "filter": {"eventTypes": ["SUMMIT"], "statuses": ["HELD"], "keywords": ["%s"]}}
        """.formatted(token()));

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    JsonNode read = RunningAlerts.json(alerts.get("/api/v1/subscriptions/" + id));
    assertThat(RunningAlerts.json(updated)).isEqualTo(read);
    assertThat(read.has("secret")).isFalse();
    assertThat(read.get("target").asText()).isEqualTo("https://203.0.113.10/after");
    assertThat(read.get("delivery").asText()).isEqualTo("daily");
    assertThat(read.at("/filter/eventTypes").toString()).isEqualTo("[\"SUMMIT\"]");
    assertThat(read.at("/filter/countries").toString()).isEqualTo("[]");
    assertThat(read.get("createdAt")).isEqualTo(created.get("createdAt"));
    List<ConsumerRecord<String, Subscription>> records = KafkaTopics.readAll(Topics.SUBSCRIPTIONS, id::equals);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).value().getSecret()).isEqualTo(created.get("secret").asText());
  }

  @Test
  void anUpdateCanDisableAndReEnableASubscription() {
    String token = token();
    String id = alerts.subscribe(webhook("https://203.0.113.10/toggle", token)).get("id").asText();
    // A filter that matches no other test's events: the broker and the delivery group are shared.
    String body = "{\"channel\": \"webhook\", \"target\": \"https://203.0.113.10/toggle\", \"enabled\": %s,"
        + " \"filter\": {\"keywords\": [\"" + token + "\"]}}";

    assertThat(RunningAlerts.json(alerts.put("/api/v1/subscriptions/" + id, body.formatted(false))).get("enabled")
        .asBoolean()).isFalse();
    assertThat(RunningAlerts.json(alerts.put("/api/v1/subscriptions/" + id, body.formatted("null"))).get("enabled")
        .asBoolean()).as("unsaid: kept").isFalse();
    assertThat(RunningAlerts.json(alerts.put("/api/v1/subscriptions/" + id, body.formatted(true))).get("enabled")
        .asBoolean()).isTrue();
  }

  @Test
  void updatingAnUnknownSubscriptionIs404AndBadInputIs400NamingTheField() {
    String id = alerts.subscribe(webhook("https://203.0.113.10/f", token())).get("id").asText();

    HttpResponse<String> unknown = alerts.put("/api/v1/subscriptions/sub_nosuch",
        "{\"channel\": \"webhook\", \"target\": \"https://203.0.113.10/\"}");
    HttpResponse<String> bad = alerts.put("/api/v1/subscriptions/" + id,
        "{\"channel\": \"webhook\", \"target\": \"https://203.0.113.10/\", \"filter\": {\"statuses\": [\"DONE\"]}}");
    HttpResponse<String> privateTarget = alerts.put("/api/v1/subscriptions/" + id,
        "{\"channel\": \"webhook\", \"target\": \"http://10.0.0.1/\"}");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(RunningAlerts.json(unknown).get("error").asText()).contains("sub_nosuch");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(RunningAlerts.json(bad).get("error").asText()).startsWith("'filter.statuses[0]'");
    assertThat(privateTarget.statusCode()).isEqualTo(400);
    assertThat(RunningAlerts.json(privateTarget).get("error").asText()).startsWith("'target' resolves to");
    assertThat(RunningAlerts.json(alerts.get("/api/v1/subscriptions/" + id)).get("target").asText())
        .isEqualTo("https://203.0.113.10/f");
  }

  @Test
  void testingAnUnknownSubscriptionIs404AndADisabledOneIs409() {
    String id = alerts.subscribe("""
        {"channel": "webhook", "target": "https://203.0.113.10/off", "enabled": false}
        """).get("id").asText();

    assertThat(alerts.post("/api/v1/subscriptions/sub_nosuch/test", "").statusCode()).isEqualTo(404);
    HttpResponse<String> disabled = alerts.post("/api/v1/subscriptions/" + id + "/test", "");
    assertThat(disabled.statusCode()).isEqualTo(409);
    assertThat(RunningAlerts.json(disabled).get("error").asText()).contains("disabled");
  }

  @Test
  void unknownSubscriptionIs404WithAMessage() {
    HttpResponse<String> response = alerts.get("/api/v1/subscriptions/sub_nosuch");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(RunningAlerts.json(response).get("error").asText()).contains("sub_nosuch");
  }

  @Test
  void anotherInstanceSeesCreatedAndDeletedSubscriptionsThroughTheTopic() {
    try (CompactedTopicView<Subscription> otherInstance = new CompactedTopicView<>(Topics.SUBSCRIPTIONS,
        SharedKafka.settings(), "test-other-instance")) {
      otherInstance.start();
      String id = alerts.subscribe(webhook("https://203.0.113.10/d", token())).get("id").asText();

      await().atMost(Duration.ofSeconds(10)).until(() -> otherInstance.get(id).isPresent());
      alerts.delete("/api/v1/subscriptions/" + id);
      await().atMost(Duration.ofSeconds(10)).until(() -> otherInstance.isDeleted(id));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"channel": "webhook", "target": |Malformed JSON
      {"target": "https://203.0.113.10/"}|'channel'
      {"channel": "webhook", "target": "ftp://203.0.113.10/"}|'target'
      {"channel": "webhook", "target": "https://203.0.113.10/", "filter": {"countries": ["XX"]}}|'filter.countries[0]'
      {"channel": "webhook", "target": "https://203.0.113.10/", "filter": {"eventTypes": ["PARTY"]}}|'filter.eventTypes[0]'
      {"channel": "webhook", "target": "https://203.0.113.10/", "filter": {"region": []}}|'filter.region'
      {"channel": "email", "target": "someone@example.com"}|needs an SMTP server
      """)
  void answersBadInputWith400NamingTheProblem(String body, String expected) {
    HttpResponse<String> response = alerts.post("/api/v1/subscriptions", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RunningAlerts.json(response).get("error").asText()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook",
      "http://127.0.0.1:8080/hook", "http://[::1]/hook"})
  void refusesPrivateTargetsAtCreation(String target) {
    HttpResponse<String> response = alerts.post("/api/v1/subscriptions", webhook(target, token()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RunningAlerts.json(response).get("error").asText()).startsWith("'target' resolves to");
  }

  @Test
  void listsCurrentEventsMostRecentlyUpdatedFirst() {
    String token = token();
    Instant earlier = Instant.parse("2030-01-01T10:00:00Z");
    KafkaTopics.produce(Topics.EVENTS, "evt_new_" + token,
        TestEvents.agreement("evt_new_" + token, token).setUpdatedAt(earlier.plusSeconds(60)).build());
    KafkaTopics.produce(Topics.EVENTS, "evt_old_" + token,
        TestEvents.agreement("evt_old_" + token, token).setUpdatedAt(earlier).build());

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      List<String> ids = new ArrayList<>();
      RunningAlerts.json(alerts.get("/api/v1/events")).forEach(e -> ids.add(e.get("id").asText()));
      assertThat(ids).containsSubsequence("evt_new_" + token, "evt_old_" + token);
    });
  }

  @Test
  void reportsHealthUpOnceLoaded() {
    HttpResponse<String> health = alerts.get("/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(RunningAlerts.json(health).at("/components/alerts/status").asText()).isEqualTo("UP");
  }
}
