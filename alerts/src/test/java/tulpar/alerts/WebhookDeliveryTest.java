package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tulpar.alerts.WebhookReceiver.Request;
import tulpar.alerts.delivery.DeadLetterReplay;
import tulpar.alerts.matching.MatchingLoop;
import tulpar.broker.SharedKafka;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.EventStatus;
import tulpar.schemas.FailedAlert;
import tulpar.schemas.Topics;
import tulpar.servicekit.Durations;
import tulpar.servicekit.Json;

/** Events on tulpar.events become signed webhook requests to a real receiver, with receipts and dead letters. */
class WebhookDeliveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final Duration COOL_DOWN = Duration.ofMillis(800);
  private static RunningAlerts alerts;
  private WebhookReceiver receiver;
  private String token;

  @BeforeAll
  static void startService() {
    // Retries compressed to fit a test; a request time-out longer than PATIENCE, so a held request would show.
    // Circuits open after two failures in a row and probe again after COOL_DOWN.
    alerts = RunningAlerts.start(new AlertsConfig(SharedKafka.settings(), true,
        Durations.parseList("0s,100ms,100ms"), 0.2, Duration.ofSeconds(5), Duration.ofSeconds(30), 8, 4, 2,
        COOL_DOWN, 10_000, Duration.ofSeconds(45), Optional.empty(), AlertsConfig.DEFAULT_PUBLIC_BASE_URL));
  }

  @AfterAll
  static void stopService() {
    alerts.close();
  }

  @BeforeEach
  void startReceiver() {
    receiver = new WebhookReceiver();
    token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  /** Subscribes the receiver's {@code path} to events mentioning this test's token, plus {@code moreFilter}. */
  private JsonNode subscribe(String path, String moreFilter) {
    return alerts.subscribe("""
        {"channel": "webhook", "target": "%s", "filter": {"keywords": ["%s"]%s}}
        """.formatted(receiver.url(path), token, moreFilter.isEmpty() ? "" : ", " + moreFilter));
  }

  private String eventId(String suffix) {
    return "evt_" + token + "_" + suffix;
  }

  private static RecordMetadata publish(CooperationEvent event) {
    return KafkaTopics.produce(Topics.EVENTS, event.getId(), event);
  }

  /** Once the matcher has committed past the event, every alert for it is on tulpar.alerts. */
  private static void awaitMatched(RecordMetadata event) {
    TopicPartition partition = new TopicPartition(event.topic(), event.partition());
    await().atMost(PATIENCE).until(() -> KafkaTopics.committedOffset(MatchingLoop.GROUP_ID, partition) > event.offset());
  }

  @Test
  void deliversASignedWebhookToTheMatchingSubscriptionOnly() throws Exception {
    JsonNode kazakh = subscribe("/kz", "\"countries\": [\"KZ\"], \"eventTypes\": [\"AGREEMENT\"]");
    JsonNode hungarian = subscribe("/hu", "\"countries\": [\"HU\"]");

    RecordMetadata published = publish(TestEvents.agreement(eventId("sign"), token).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/kz").size() == 1);
    Request request = receiver.requestsTo("/kz").get(0);
    assertThat(request.header("content-type")).isEqualTo("application/json");
    String webhookId = request.header("webhook-id");
    String timestamp = request.header("webhook-timestamp");
    assertThat(webhookId).startsWith("alrt_");
    assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(60L));
    assertThat(request.header("webhook-signature"))
        .isEqualTo(StandardWebhooks.signature(kazakh.get("secret").asText(), webhookId, timestamp, request.body()));
    JsonNode body = Json.MAPPER.readTree(request.body());
    assertThat(body.get("type").asText()).isEqualTo("event.new");
    assertThat(body.get("alertId").asText()).isEqualTo(webhookId);
    assertThat(body.get("subscriptionId").asText()).isEqualTo(kazakh.get("id").asText());
    assertThat(body.at("/event/id").asText()).isEqualTo(eventId("sign"));
    assertThat(body.at("/event/parties").toString()).isEqualTo("[\"KZ\",\"TR\"]");

    awaitMatched(published);
    assertThat(KafkaTopics.valuesFor(Topics.ALERTS, hungarian.get("id").asText())).isEmpty();
    assertThat(receiver.requestsTo("/hu")).isEmpty();
  }

  @Test
  void retriesServerErrorsWithTheSameWebhookIdUntilDelivered() {
    receiver.respond("/flaky", 503, 503, 200);
    String id = subscribe("/flaky", "").get("id").asText();

    publish(TestEvents.agreement(eventId("flaky"), token).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/flaky").size() == 3);
    List<String> webhookIds = receiver.requestsTo("/flaky").stream().map(r -> r.header("webhook-id")).distinct().toList();
    assertThat(webhookIds).hasSize(1);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, webhookIds.get(0)))
        .extracting(DeliveryReceipt::getAttempt, DeliveryReceipt::getOutcome, DeliveryReceipt::getStatusCode)
        .containsExactly(
            tuple(1, DeliveryOutcome.RETRYING, 503),
            tuple(2, DeliveryOutcome.RETRYING, 503),
            tuple(3, DeliveryOutcome.DELIVERED, 200)));

    await().atMost(PATIENCE).untilAsserted(() -> {
      JsonNode attempts = RunningAlerts.json(alerts.get("/api/v1/subscriptions/" + id + "/deliveries"));
      assertThat(attempts).extracting(a -> a.get("attempt").asInt() + " " + a.get("outcome").asText()
              + " " + a.get("alertId").asText())
          .containsExactly("3 DELIVERED " + webhookIds.get(0), "2 RETRYING " + webhookIds.get(0),
              "1 RETRYING " + webhookIds.get(0));
    });
    assertThat(alerts.get("/api/v1/subscriptions/sub_nosuch/deliveries").statusCode()).isEqualTo(404);
  }

  @Test
  void deadLettersAfterOneAttemptWhenTheReceiverRejectsTheRequest() {
    receiver.respond("/reject", 400);
    subscribe("/reject", "");

    publish(TestEvents.agreement(eventId("reject"), token).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/reject").size() == 1);
    String alertId = receiver.requestsTo("/reject").get(0).header("webhook-id");
    await().atMost(PATIENCE).until(() -> !KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, alertId).isEmpty());
    FailedAlert failed = KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, alertId).get(0);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastFailure()).isEqualTo("HTTP 400");
    assertThat(failed.getAlert().getEvent().getId()).isEqualTo(eventId("reject"));
    assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId))
        .extracting(DeliveryReceipt::getOutcome).containsExactly(DeliveryOutcome.FAILED);
    assertThat(receiver.requestsTo("/reject")).hasSize(1);
  }

  @Test
  void deadLettersWhenRetriesAreExhausted() {
    receiver.respond("/down", 500, 500, 500, 500);
    subscribe("/down", "");

    publish(TestEvents.agreement(eventId("down"), token).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/down").size() == 3);
    String alertId = receiver.requestsTo("/down").get(0).header("webhook-id");
    await().atMost(PATIENCE).until(() -> !KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, alertId).isEmpty());
    assertThat(KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, alertId).get(0).getAttempts()).isEqualTo(3);
    assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId)).extracting(DeliveryReceipt::getOutcome)
        .containsExactly(DeliveryOutcome.RETRYING, DeliveryOutcome.RETRYING, DeliveryOutcome.FAILED);
    assertThat(receiver.requestsTo("/down")).hasSize(3);
  }

  @Test
  void disablesTheSubscriptionWhenTheReceiverAnswersGone() {
    receiver.respond("/gone", 410);
    String id = subscribe("/gone", "").get("id").asText();

    publish(TestEvents.agreement(eventId("gone"), token).build());

    await().atMost(PATIENCE).untilAsserted(() ->
        assertThat(RunningAlerts.json(alerts.get("/api/v1/subscriptions/" + id)).get("enabled").asBoolean()).isFalse());
    assertThat(receiver.requestsTo("/gone")).hasSize(1);
  }

  @Test
  void alertsOnStatusChangesButNotOnOtherUpdates() {
    String id = subscribe("/changes", "").get("id").asText();
    CooperationEvent.Builder event = TestEvents.agreement(eventId("changes"), token);

    RecordMetadata updated = publish(event.setVersion(2).setChange(ChangeKind.UPDATED).build());
    awaitMatched(updated);
    assertThat(KafkaTopics.valuesFor(Topics.ALERTS, id)).isEmpty();

    publish(event.setVersion(3).setChange(ChangeKind.STATUS_CHANGED).setStatus(EventStatus.SIGNED).build());
    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/changes").size() == 1);
    assertThat(receiver.requestsTo("/changes").get(0).body()).contains("\"type\":\"event.status_changed\"");
    assertThat(KafkaTopics.valuesFor(Topics.ALERTS, id)).hasSize(1);
  }

  @Test
  void aSlowReceiverDoesNotHoldUpOthers() {
    receiver.hold("/slow");
    subscribe("/slow", "\"countries\": [\"HU\"]");
    subscribe("/fast", "\"countries\": [\"UZ\"]");
    try {
      publish(TestEvents.agreement(eventId("slow"), token).setParties(List.of("HU", "TR")).build());
      await().atMost(PATIENCE).until(() -> receiver.requestsTo("/slow").size() == 1);

      publish(TestEvents.agreement(eventId("fast"), token).setParties(List.of("UZ", "TR")).build());

      // The slow request is still held (for up to its 30 s time-out): the fast one gets through beside it.
      await().atMost(PATIENCE).until(() -> receiver.requestsTo("/fast").size() == 1);
    } finally {
      receiver.release("/slow");
    }
  }

  @Test
  void sendsASignedTestAlertNowAndAnswersWithWhatTheReceiverDid() throws Exception {
    receiver.respond("/test", 200, 500);
    JsonNode subscription = subscribe("/test", "");
    String path = "/api/v1/subscriptions/" + subscription.get("id").asText() + "/test";

    JsonNode delivered = RunningAlerts.json(alerts.post(path, ""));
    JsonNode failed = RunningAlerts.json(alerts.post(path, ""));

    assertThat(delivered.get("delivered").asBoolean()).isTrue();
    assertThat(delivered.get("outcome").asText()).isEqualTo("delivered");
    assertThat(delivered.get("statusCode").asInt()).isEqualTo(200);
    assertThat(failed.get("delivered").asBoolean()).isFalse();
    assertThat(failed.get("outcome").asText()).isEqualTo("retryable");
    assertThat(failed.get("detail").asText()).isEqualTo("HTTP 500");
    Request request = receiver.requestsTo("/test").get(0);
    String webhookId = request.header("webhook-id");
    assertThat(webhookId).isEqualTo(delivered.get("notificationId").asText()).startsWith("alrt_test_");
    assertThat(request.header("webhook-signature")).isEqualTo(StandardWebhooks.signature(
        subscription.get("secret").asText(), webhookId, request.header("webhook-timestamp"), request.body()));
    JsonNode body = Json.MAPPER.readTree(request.body());
    assertThat(body.get("type").asText()).isEqualTo("test");
    assertThat(body.at("/event/id").asText()).isEqualTo("evt_sample");
    assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, webhookId)).as("tests are not recorded").isEmpty();
  }

  @Test
  void waitsAsLongAsTheReceiversRetryAfterAsks() {
    receiver.respond("/busy", 429);
    receiver.retryAfter("/busy", "1");
    subscribe("/busy", "");

    publish(TestEvents.agreement(eventId("busy"), token).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/busy").size() == 2);
    List<Request> requests = receiver.requestsTo("/busy");
    // The schedule says 100 ms (±20 %); the receiver said 1 s.
    assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    String alertId = requests.get(0).header("webhook-id");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId))
        .extracting(DeliveryReceipt::getOutcome, DeliveryReceipt::getStatusCode)
        .containsExactly(tuple(DeliveryOutcome.RETRYING, 429), tuple(DeliveryOutcome.DELIVERED, 200)));
  }

  @Test
  void anOpenCircuitHoldsAttemptsBackWithoutUsingUpTheirRetries() {
    receiver.respond("/breaker", 500, 500);
    subscribe("/breaker", "\"countries\": [\"AZ\"]");
    subscribe("/breaker", "\"countries\": [\"HU\"]");

    publish(TestEvents.agreement(eventId("first"), token).setParties(List.of("AZ", "TR")).build());
    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/breaker").size() == 2);
    await().atMost(PATIENCE).until(() -> alerts.get("/health").body().contains("endpoint(s) failing"));
    Instant opened = receiver.requestsTo("/breaker").get(1).receivedAt();
    publish(TestEvents.agreement(eventId("second"), token).setParties(List.of("HU", "TR")).build());

    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/breaker").size() == 4);
    List<Request> requests = receiver.requestsTo("/breaker");
    assertThat(Duration.between(opened, requests.get(2).receivedAt()))
        .as("nothing reaches the endpoint while its circuit is open").isGreaterThanOrEqualTo(COOL_DOWN);
    String first = requests.get(0).header("webhook-id");
    String second = requests.stream().map(r -> r.header("webhook-id")).filter(id -> !id.equals(first)).findFirst()
        .orElseThrow();
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, first)).extracting(DeliveryReceipt::getOutcome)
          .containsExactly(DeliveryOutcome.RETRYING, DeliveryOutcome.RETRYING, DeliveryOutcome.DELIVERED);
      assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, second))
          .extracting(DeliveryReceipt::getAttempt, DeliveryReceipt::getOutcome)
          .containsExactly(tuple(1, DeliveryOutcome.DELIVERED));
    });
    await().atMost(PATIENCE).until(() -> !alerts.get("/health").body().contains("failing"));
  }

  @Test
  void replaysADeadLetterWithItsOwnIdThroughTheApiAndTheLauncherCall() {
    receiver.respond("/replay", 400);
    subscribe("/replay", "");
    publish(TestEvents.agreement(eventId("replay"), token).build());
    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/replay").size() == 1);
    String alertId = receiver.requestsTo("/replay").get(0).header("webhook-id");
    await().atMost(PATIENCE).until(() -> !KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, alertId).isEmpty());

    HttpResponse<String> replayed = alerts.post("/api/v1/dead-letters/" + alertId + "/replay", "");

    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(202);
    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/replay").size() == 2);
    assertThat(DeadLetterReplay.replay(SharedKafka.settings(), Optional.of(alertId))).isEqualTo(1);
    await().atMost(PATIENCE).until(() -> receiver.requestsTo("/replay").size() == 3);
    assertThat(receiver.requestsTo("/replay")).extracting(r -> r.header("webhook-id")).containsOnly(alertId);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId))
        .extracting(DeliveryReceipt::getOutcome)
        .containsExactly(DeliveryOutcome.FAILED, DeliveryOutcome.DELIVERED, DeliveryOutcome.DELIVERED));
    assertThat(alerts.post("/api/v1/dead-letters/alrt_nosuch/replay", "").statusCode()).isEqualTo(404);
    assertThat(DeadLetterReplay.replay(SharedKafka.settings(), Optional.of("alrt_nosuch"))).isZero();
  }
}
