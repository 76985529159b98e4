package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tulpar.alerts.WebhookReceiver.Request;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Alert;
import tulpar.schemas.Topics;
import tulpar.servicekit.Json;

/** An hourly digest subscription gets its alerts gathered into one signed webhook an hour, across a restart. */
class DigestDeliveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final Duration HOUR = Duration.ofHours(1);

  private final MutableClock clock = MutableClock.atHalfPastTheHour();
  private final String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @Test
  void gathersAnHoursAlertsIntoOneDigestThatARestartDoesNotLose() throws Exception {
    AlertsConfig config = AlertsConfig.defaults(SharedKafka.settings()).withAllowPrivateTargets(true);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      JsonNode subscription;
      try (RunningAlerts first = RunningAlerts.start(config, clock)) {
        subscription = first.subscribe("""
            {"channel": "webhook", "target": "%s", "delivery": "hourly", "filter": {"keywords": ["%s"]}}
            """.formatted(receiver.url("/digest"), token));
        publish("a");
        publish("b");
        awaitAlerts(subscription, 2);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> receiver.requestsTo("/digest").isEmpty());
      }

      try (RunningAlerts second = RunningAlerts.start(config, clock)) {
        clock.advance(HOUR);
        await().atMost(PATIENCE).until(() -> receiver.requestsTo("/digest").size() == 1);
        Request digest = receiver.requestsTo("/digest").get(0);
        List<Alert> alerts = awaitAlerts(subscription, 2);
        assertDigestOf(digest, subscription, alerts);
        String deliveries = "/api/v1/subscriptions/" + subscription.get("id").asText() + "/deliveries";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(RunningAlerts.json(second.get(deliveries)))
            .extracting(receipt -> receipt.get("alertId").asText() + " " + receipt.get("outcome").asText())
            .containsExactlyInAnyOrderElementsOf(alerts.stream().map(alert -> alert.getId() + " DELIVERED").toList()));

        publish("c");
        List<Alert> third = awaitAlerts(subscription, 3).subList(2, 3);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> receiver.requestsTo("/digest").size() == 1);
        clock.advance(HOUR);
        await().atMost(PATIENCE).until(() -> receiver.requestsTo("/digest").size() == 2);
        assertDigestOf(receiver.requestsTo("/digest").get(1), subscription, third);
      }
    }
  }

  private void publish(String suffix) {
    String eventId = "evt_" + token + "_" + suffix;
    KafkaTopics.produce(Topics.EVENTS, eventId, TestEvents.agreement(eventId, token).build());
  }

  /** The subscription's alerts on tulpar.alerts, once there are {@code count}; by event id. */
  private static List<Alert> awaitAlerts(JsonNode subscription, int count) {
    String id = subscription.get("id").asText();
    await().atMost(PATIENCE).until(() -> KafkaTopics.valuesFor(Topics.ALERTS, id).size() == count);
    List<Alert> alerts = new ArrayList<>(KafkaTopics.valuesFor(Topics.ALERTS, id));
    alerts.sort((x, y) -> x.getEvent().getId().compareTo(y.getEvent().getId()));
    return alerts;
  }

  private static void assertDigestOf(Request request, JsonNode subscription, List<Alert> alerts) throws Exception {
    String webhookId = request.header("webhook-id");
    assertThat(webhookId).startsWith("dgst_");
    assertThat(request.header("webhook-signature")).isEqualTo(StandardWebhooks.signature(
        subscription.get("secret").asText(), webhookId, request.header("webhook-timestamp"), request.body()));
    JsonNode body = Json.MAPPER.readTree(request.body());
    assertThat(body.get("type").asText()).isEqualTo("digest");
    assertThat(body.get("digestId").asText()).isEqualTo(webhookId);
    assertThat(body.get("delivery").asText()).isEqualTo("hourly");
    assertThat(body.get("subscriptionId").asText()).isEqualTo(subscription.get("id").asText());
    List<String> listed = new ArrayList<>();
    body.get("alerts").forEach(item -> {
      assertThat(item.get("type").asText()).isEqualTo("event.new");
      listed.add(item.get("alertId").asText() + " " + item.at("/event/id").asText());
    });
    assertThat(listed).containsExactlyInAnyOrderElementsOf(
        alerts.stream().map(alert -> alert.getId() + " " + alert.getEvent().getId()).toList());
  }
}
