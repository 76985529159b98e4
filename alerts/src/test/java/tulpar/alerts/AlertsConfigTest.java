package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tulpar.alerts.email.SmtpSettings;
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
    assertThat(config.smtp()).isEmpty();
    assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
  }

  @Test
  void reportsEveryInvalidSettingAtOnce() {
    assertThatThrownBy(() -> new AlertsConfig(KAFKA, false, List.of(), 1.5, Duration.ofSeconds(5), Duration.ZERO, 0,
        0, 3, Duration.ofSeconds(-1), 10, Duration.ZERO, Optional.empty(), URI.create("localhost:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'retrySchedule'")
        .hasMessageContaining("'retryJitter'")
        .hasMessageContaining("'requestTimeout'")
        .hasMessageContaining("'deliveryThreads'")
        .hasMessageContaining("'endpointConcurrency'")
        .hasMessageContaining("'breakerCoolDown'")
        .hasMessageContaining("'publicBaseUrl'")
        .hasMessageNotContaining("'connectTimeout'")
        .hasMessageNotContaining("'shutdownGrace'");
  }

  @Test
  void smtpSettingsReportEveryProblemAndNeverShowThePassword() {
    assertThatThrownBy(() -> new SmtpSettings(" ", 0, "not an address", Optional.of("alerts"), Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'smtp.host'")
        .hasMessageContaining("'smtp.port'")
        .hasMessageContaining("'smtp.from'")
        .hasMessageContaining("'smtp.username' and 'smtp.password'");

    AlertsConfig config = AlertsConfig.defaults(KAFKA)
        .withSmtp(SmtpSettings.of("smtp.example.org", "Tulpar <alerts@example.org>").withLogin("alerts", "hunter2"));
    assertThat(config.smtp()).hasValueSatisfying(smtp -> {
      assertThat(smtp.port()).isEqualTo(587);
      assertThat(smtp.startTls()).isTrue();
    });
    assertThat(config.toString()).contains("smtp.example.org").doesNotContain("hunter2");
  }
}
