package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same pipeline against the official {@code apache/kafka} image instead of the embedded broker: proves
 * Tulpar runs on a Kafka it did not start. Runs where Docker is available, skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class ApacheKafkaContainerTest {

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

  @TempDir
  Path dir;

  @Test
  void pipelineDeliversSignedAlertsOnAnApacheKafkaBroker() throws Exception {
    try (AllInOne tulpar = AllInOne.start(EndToEndTest.settings(dir, Optional.of(KAFKA.getBootstrapServers())))) {
      assertThat(tulpar.awaitHealthy(Duration.ofSeconds(90))).as("healthy").isTrue();

      PipelineScenario.run(tulpar.httpPort(), dir.resolve("inbox"));
    }
  }
}
