package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.EmbeddedKafkaBroker;
import tulpar.ingest.feed.FeedLimits;
import tulpar.schemas.Article;
import tulpar.schemas.Topics;
import tulpar.servicekit.Health;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

/**
 * A broker of its own, stopped and started again on the same directory and port while ingest runs: files that
 * arrive while it is down are published, once each, when it is back.
 */
class BrokerOutageTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  @Test
  void filesDroppedWhileTheBrokerIsDownArePublishedOnceWhenItReturns() throws Exception {
    Path brokerDir = dir.resolve("broker");
    Path inbox = dir.resolve("inbox");
    int port = freePort();
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(brokerDir, port);
    KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
    TopicProvisioner.ensureTopics(kafka, 1, (short) 1, WAIT);
    IngestConfig config = new IngestConfig(kafka, inbox, dir.resolve("state"), IngestConfig.DEFAULT_MAX_BODY_BYTES,
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(2), "outage-test-" + UUID.randomUUID(),
        List.of(), FeedLimits.defaults());
    try (IngestService ingest = new IngestService(config)) {
      ingest.start();
      write(inbox.resolve("1-before.txt"), "title: Before\n\nPublished before the outage.");
      try (TopicTail<Article> raw = new TopicTail<>(kafka, Topics.ARTICLES_RAW, r -> true)) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(raw.records()).hasSize(1));
      }

      broker.close();
      write(inbox.resolve("2-during.txt"), "title: During\n\nDropped while the broker was down.");
      write(inbox.resolve("3-during.txt"), "title: Also during\n\nDropped while the broker was down too.");
      await().atMost(WAIT).until(() -> ingest.health().status() == Health.Status.DOWN);
      broker = EmbeddedKafkaBroker.start(brokerDir, port);

      await().atMost(WAIT).until(() -> ingest.health().isUp());
      try (TopicTail<Article> raw = new TopicTail<>(kafka, Topics.ARTICLES_RAW, r -> true)) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(raw.records()).hasSize(3));
        assertThat(raw.records()).extracting(r -> r.value().getTitle())
            .containsExactlyInAnyOrder("Before", "During", "Also during");
      }
    } finally {
      broker.close();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
