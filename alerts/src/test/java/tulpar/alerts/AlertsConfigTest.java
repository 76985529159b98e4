package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.servicekit.KafkaSettings;

class AlertsConfigTest {

  private static final KafkaSettings KAFKA = KafkaSettings.of("localhost:9092");

  @Test
  void defaultsRetryOnTheDocumentedScheduleAndRefusePrivateTargets() {
    AlertsConfig config = AlertsConfig.defaults(KAFKA);

    assertThat(config.allowPrivateTargets()).isFalse();
    assertThat(config.retrySchedule()).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
        Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void reportsEveryInvalidSettingAtOnce() {
    assertThatThrownBy(() -> new AlertsConfig(KAFKA, false, List.of(), 1.5, Duration.ofSeconds(5), Duration.ZERO, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'retrySchedule'")
        .hasMessageContaining("'retryJitter'")
        .hasMessageContaining("'requestTimeout'")
        .hasMessageContaining("'deliveryThreads'")
        .hasMessageNotContaining("'connectTimeout'");
  }
}
