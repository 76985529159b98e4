package tulpar.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.servicekit.KafkaSettings;

/**
 * Issue #5's check: {@code tulpar run} — broker, ingest, streams, alerts in one process — killed with SIGKILL
 * while deliveries are in flight, then started again on the same data directory, delivers every alert.
 */
class AllInOneKillTest {

  private static final int ARTICLES = 12;

  @TempDir
  Path dir;

  @Test
  void everyAlertIsDeliveredAfterTheWholeProcessIsKilledMidDeliveryAndRestarted() throws Exception {
    int brokerPort = PipelineProbes.freePort();
    int httpPort = PipelineProbes.freePort();
    Path clientConfig = Files.writeString(dir.resolve("client.properties"),
        "session.timeout.ms=6000\nheartbeat.interval.ms=1000\n");
    ServiceProcess tulpar = new ServiceProcess("run", List.of("run", "--data-dir", dir.resolve("data").toString(),
        "--watch", dir.resolve("inbox").toString(), "--no-default-feeds", "--broker-port", String.valueOf(brokerPort),
        "--http-port", String.valueOf(httpPort), "--partitions", "2", "--kafka-config", clientConfig.toString(),
        "--allow-private-targets", "--retry-schedule", "0s,1s,2s,3s,3s,3s,3s,3s,3s,3s"), dir);
    Set<String> expected = IntStream.rangeClosed(1, ARTICLES).mapToObj(ChaosArticles::eventName)
        .collect(Collectors.toSet());
    try (FlakyReceiver receiver = FlakyReceiver.start()) {
      tulpar.start();
      PipelineProbes.awaitHealthy(httpPort, "tulpar run");
      PipelineProbes.subscribe(httpPort, receiver.url());
      receiver.mode(FlakyReceiver.Mode.SLOW);
      try (ChaosArticles articles = new ChaosArticles(KafkaSettings.of("localhost:" + brokerPort), "kill")) {
        articles.publish(1, ARTICLES);
      }
      PipelineProbes.await(Duration.ofSeconds(90), () -> !receiver.receipts().isEmpty(), "a first delivery");
      assertThat(receiver.receipts()).as("delivered before the kill").hasSizeLessThan(ARTICLES);

      tulpar.kill();
      receiver.mode(FlakyReceiver.Mode.OK);
      tulpar.start();
      PipelineProbes.awaitHealthy(httpPort, "tulpar run, restarted");

      PipelineProbes.await(Duration.ofSeconds(120),
          () -> DeliveryVerdict.of(expected, receiver.receipts()).missing().isEmpty(), "every alert");
      DeliveryVerdict verdict = DeliveryVerdict.of(expected, receiver.receipts());
      assertThat(verdict.unexpected()).isEmpty();
      assertThat(verdict.idConflicts()).isEmpty();
      assertThat(verdict.distinct()).isEqualTo(ARTICLES);
    } finally {
      tulpar.stop();
    }
  }
}
