package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tulpar.servicekit.KafkaSettings;

class IngestConfigTest {

  private static final KafkaSettings KAFKA = KafkaSettings.of("localhost:9092");

  @Test
  void defaultsKeepStateUnderTheDataDirectory() {
    IngestConfig config = IngestConfig.defaults(KAFKA, Path.of("inbox"), Path.of("data"));

    assertThat(config.stateDir()).isEqualTo(Path.of("data", "ingest"));
    assertThat(config.watchDir()).isEqualTo(Path.of("inbox"));
    assertThat(config.maxBodyBytes()).isEqualTo(1024 * 1024);
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    assertThatThrownBy(() -> new IngestConfig(KAFKA, Path.of("in"), Path.of("state"), 0, Duration.ZERO,
        Duration.ofMillis(-1), Duration.ofSeconds(-5), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'maxBodyBytes' value 0 is invalid")
        .hasMessageContaining("'pollInterval'")
        .hasMessageContaining("'settleTime'")
        .hasMessageContaining("'publishTimeout'")
        .hasMessageContaining("'clientId'");
  }
}
