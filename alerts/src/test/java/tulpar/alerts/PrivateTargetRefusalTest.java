package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tulpar.alerts.webhook.WebhookSignature;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.FailedAlert;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;
import tulpar.schemas.Topics;

/**
 * A subscription to a private address can reach the topic without this instance's API (another instance allowed
 * it, or someone wrote the topic directly): an instance that does not allow private targets still sends nothing.
 */
class PrivateTargetRefusalTest {

  private static RunningAlerts alerts;
  private static WebhookReceiver receiver;

  @BeforeAll
  static void start() {
    receiver = new WebhookReceiver();
    alerts = RunningAlerts.start(AlertsConfig.defaults(SharedKafka.settings()));
  }

  @AfterAll
  static void stop() {
    alerts.close();
    receiver.close();
  }

  @Test
  void refusesToSendToAPrivateTargetAndDeadLettersTheAlert() {
    String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String subscriptionId = "sub_" + token;
    KafkaTopics.produce(Topics.SUBSCRIPTIONS, subscriptionId, Subscription.newBuilder()
        .setId(subscriptionId)
        .setChannel(Channel.WEBHOOK)
        .setTarget(receiver.url("/private"))
        .setSecret(WebhookSignature.newSecret())
        .setFilter(SubscriptionFilter.newBuilder().setKeywords(List.of(token)).build())
        .setCreatedAt(Instant.now())
        .build());
    await().atMost(Duration.ofSeconds(10))
        .until(() -> alerts.get("/api/v1/subscriptions/" + subscriptionId).statusCode() == 200);

    KafkaTopics.produce(Topics.EVENTS, "evt_" + token, TestEvents.agreement("evt_" + token, token).build());

    await().atMost(Duration.ofSeconds(15)).until(() -> !receiptsOf(subscriptionId).isEmpty());
    DeliveryReceipt receipt = receiptsOf(subscriptionId).get(0);
    assertThat(receipt.getOutcome()).isEqualTo(DeliveryOutcome.REFUSED);
    assertThat(receipt.getStatusCode()).isNull();
    assertThat(receipt.getError()).contains("127.0.0.1");
    // The receipt and the dead letter are two sends to two topics: the receipt may be visible first.
    await().atMost(Duration.ofSeconds(15))
        .until(() -> !KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, receipt.getAlertId()).isEmpty());
    List<FailedAlert> deadLetters = KafkaTopics.valuesFor(Topics.ALERTS_DEAD_LETTER, receipt.getAlertId());
    assertThat(deadLetters).hasSize(1);
    assertThat(receiptsOf(subscriptionId)).hasSize(1);
    assertThat(receiver.requestsTo("/private")).isEmpty();
  }

  private static List<DeliveryReceipt> receiptsOf(String subscriptionId) {
    return KafkaTopics.readAll(Topics.DELIVERIES, key -> true).stream()
        .map(ConsumerRecord::value)
        .filter(r -> r.getSubscriptionId().equals(subscriptionId))
        .toList();
  }
}
