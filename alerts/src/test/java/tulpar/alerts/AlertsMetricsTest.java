package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Topics;
import tulpar.servicekit.Durations;

/** The alert service's meters move as an event is matched and its alert retried, then delivered. */
class AlertsMetricsTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final String token = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @Test
  void countsMatchedAlertsAndDeliveriesByOutcomeAndChannelAndShowsTheRetryQueue() {
    // One retry, 2 s (±20 %) after a first attempt the receiver answers 503.
    AlertsConfig config = new AlertsConfig(SharedKafka.settings(), true, Durations.parseList("0s,2s"), 0.2,
        Duration.ofSeconds(5), Duration.ofSeconds(10), 8, 4, 5, Duration.ofMinutes(1), 10_000, Duration.ofSeconds(45),
        Optional.empty(), AlertsConfig.DEFAULT_PUBLIC_BASE_URL);
    try (WebhookReceiver receiver = new WebhookReceiver();
         RunningAlerts alerts = RunningAlerts.start(config, registry)) {
      assertThat(matched()).isZero();
      assertThat(deliveries("DELIVERED", "WEBHOOK")).isZero();
      receiver.respond("/metered", 503);
      alerts.subscribe("""
          {"channel": "webhook", "target": "%s", "filter": {"keywords": ["%s"]}}
          """.formatted(receiver.url("/metered"), token));

      KafkaTopics.produce(Topics.EVENTS, "evt_" + token,
          TestEvents.agreement("evt_" + token, token).setParties(List.of("HU", "TM")).build());

      await().atMost(PATIENCE).untilAsserted(() -> {
        assertThat(matched()).isEqualTo(1);
        assertThat(deliveries("RETRYING", "WEBHOOK")).isEqualTo(1);
        assertThat(retryQueue()).isEqualTo(1);
      });
      assertThat(deliveries("DELIVERED", "WEBHOOK")).isZero();

      await().atMost(PATIENCE).untilAsserted(() -> {
        assertThat(deliveries("DELIVERED", "WEBHOOK")).isEqualTo(1);
        assertThat(retryQueue()).isZero();
      });
      assertThat(receiver.requestsTo("/metered")).hasSize(2);
      assertThat(deliveries("FAILED", "WEBHOOK")).isZero();
      assertThat(deliveries("DELIVERED", "EMAIL")).isZero();

      // Consumer lag and the rest of the Kafka clients' own metrics, for the matcher's and the delivery's groups.
      assertThat(registry.find("kafka.consumer.fetch.manager.records.lag.max").gauges())
          .extracting(gauge -> gauge.getId().getTag("client.id"))
          .anySatisfy(client -> assertThat(client).contains("tulpar-alerts-matcher"))
          .anySatisfy(client -> assertThat(client).contains("tulpar-alerts-delivery"));
    }
    assertThat(registry.find("kafka.consumer.fetch.manager.records.lag.max").gauges())
        .as("the clients' meters go with the clients").isEmpty();
  }

  private double matched() {
    return registry.get(AlertsMetrics.MATCHED).counter().count();
  }

  private double deliveries(String outcome, String channel) {
    return registry.get(AlertsMetrics.DELIVERIES).tag("outcome", outcome).tag("channel", channel).counter().count();
  }

  private double retryQueue() {
    return registry.get(AlertsMetrics.RETRY_QUEUE).gauge().value();
  }
}
