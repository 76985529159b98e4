package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tulpar.alerts.delivery.DeliveryLoop;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Alert;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.Topics;

class GracefulCloseTest {

  @Test
  void closeWaitsForTheAttemptUnderWayAndRecordsAndCommitsItsOutcome() {
    String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.hold("/held");
      RunningAlerts alerts = RunningAlerts.start(AlertsConfig.defaults(SharedKafka.settings())
          .withAllowPrivateTargets(true));
      CompletableFuture<Void> closing = null;
      String subscriptionId;
      try {
        subscriptionId = alerts.subscribe("""
            {"channel": "webhook", "target": "%s", "filter": {"keywords": ["%s"]}}
            """.formatted(receiver.url("/held"), token)).get("id").asText();
        KafkaTopics.produce(Topics.EVENTS, "evt_" + token, TestEvents.agreement("evt_" + token, token).build());
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.requestsTo("/held").size() == 1);

        closing = CompletableFuture.runAsync(alerts::close);
        CompletableFuture<Void> closed = closing;
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !closed.isDone());
        receiver.release("/held");
        closing.join();
      } finally {
        if (closing == null) {
          alerts.close(); // the other test classes share the consumer groups: leave no instance behind
        }
      }

      String alertId = receiver.requestsTo("/held").get(0).header("webhook-id");
      assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId))
          .extracting(DeliveryReceipt::getOutcome).containsExactly(DeliveryOutcome.DELIVERED);
      List<ConsumerRecord<String, Alert>> alert = KafkaTopics.readAll(Topics.ALERTS, subscriptionId::equals);
      assertThat(alert).hasSize(1);
      TopicPartition partition = new TopicPartition(Topics.ALERTS.name(), alert.get(0).partition());
      assertThat(KafkaTopics.committedOffset(DeliveryLoop.GROUP_ID, partition)).isGreaterThan(alert.get(0).offset());
    }
  }
}
