package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tulpar run}'s own assembly on its own embedded broker, driven over real HTTP. */
class EndToEndTest {

  @TempDir
  Path dir;

  @Test
  void subscriberGetsSignedAlertsForNewAgreementsAndSummitsAndAnExcludedSubscriberGetsNone() throws Exception {
    try (AllInOne tulpar = AllInOne.start(settings(dir, Optional.empty()))) {
      assertThat(tulpar.awaitHealthy(Duration.ofSeconds(60))).as("healthy").isTrue();
      assertThat(Files.readString(dir.resolve("data").resolve(AllInOne.BOOTSTRAP_FILE)).trim())
          .isEqualTo(tulpar.kafka().bootstrapServers());

      PipelineScenario.run(tulpar.httpPort(), dir.resolve("inbox"));
    }
  }

  static AllInOne.Settings settings(Path dir, Optional<String> bootstrapServers) {
    return new AllInOne.Settings(dir.resolve("data"), dir.resolve("inbox"), List.of(), 0, bootstrapServers, Optional.empty(),
        new AllInOne.Topics(2, (short) 1), 0, Optional.empty(), new Services.Delivery(true,
            List.of(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(500)), Optional.empty(),
            URI.create("http://localhost:8080")), Duration.ofDays(7));
  }
}
