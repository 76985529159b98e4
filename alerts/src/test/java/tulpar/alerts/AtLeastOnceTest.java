package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tulpar.alerts.delivery.DeliveryLoop;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Alert;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.Topics;
import tulpar.servicekit.Durations;

/**
 * An instance stopped in the middle of a delivery, without time to finish it (no shutdown grace: the attempt is
 * cut off like a crash would cut it), has not recorded an outcome and has not committed the alert; the next
 * instance in the same groups delivers it again, under the same webhook-id.
 */
class AtLeastOnceTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @Test
  void anAlertCutOffMidDeliveryIsDeliveredAgainWithTheSameWebhookIdAfterARestart() {
    String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    AlertsConfig config = new AlertsConfig(SharedKafka.settings(), true,
        Durations.parseList(AlertsConfig.DEFAULT_RETRY_SCHEDULE), 0.2, Duration.ofSeconds(5), Duration.ofSeconds(30),
        8, 4, 5, Duration.ofMinutes(1), 10_000, Duration.ZERO, Optional.empty(), AlertsConfig.DEFAULT_PUBLIC_BASE_URL);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.hold("/crash");
      String subscriptionId;
      try (RunningAlerts first = RunningAlerts.start(config)) {
        subscriptionId = first.subscribe("""
            {"channel": "webhook", "target": "%s", "filter": {"keywords": ["%s"]}}
            """.formatted(receiver.url("/crash"), token)).get("id").asText();
        KafkaTopics.produce(Topics.EVENTS, "evt_" + token, TestEvents.agreement("evt_" + token, token).build());
        await().atMost(PATIENCE).until(() -> receiver.requestsTo("/crash").size() == 1);
      } // closed while the receiver still holds the request

      String webhookId = receiver.requestsTo("/crash").get(0).header("webhook-id");
      List<ConsumerRecord<String, Alert>> alert = KafkaTopics.readAll(Topics.ALERTS, subscriptionId::equals);
      assertThat(alert).hasSize(1);
      TopicPartition partition = new TopicPartition(Topics.ALERTS.name(), alert.get(0).partition());
      assertThat(KafkaTopics.committedOffset(DeliveryLoop.GROUP_ID, partition)).isLessThanOrEqualTo(alert.get(0).offset());
      assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, webhookId)).extracting(DeliveryReceipt::getOutcome)
          .doesNotContain(DeliveryOutcome.DELIVERED);

      receiver.release("/crash");
      try (RunningAlerts second = RunningAlerts.start(config)) {
        await().atMost(PATIENCE).until(() -> receiver.requestsTo("/crash").size() == 2);
        assertThat(receiver.requestsTo("/crash").get(1).header("webhook-id")).isEqualTo(webhookId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(RunningAlerts.json(
                second.get("/api/v1/subscriptions/" + subscriptionId + "/deliveries")).get(0).toString())
            .contains("\"alertId\":\"" + webhookId + "\"", "\"outcome\":\"DELIVERED\""));
        await().atMost(PATIENCE).until(() ->
            KafkaTopics.committedOffset(DeliveryLoop.GROUP_ID, partition) > alert.get(0).offset());
      }
    }
  }
}
