package tulpar.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

/**
 * One embedded broker per test JVM, started on first use on a free port in a temporary directory, with
 * Tulpar's topics created; it stops when the JVM exits. Tests isolate themselves by group ids and keys, or
 * by topics of their own.
 */
public final class SharedKafka {

  public static final int TEST_PARTITIONS = 2;

  private static EmbeddedKafkaBroker broker;

  private SharedKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      try {
        Path dir = Files.createTempDirectory("tulpar-test-broker");
        broker = EmbeddedKafkaBroker.start(dir, 0);
        TopicProvisioner.ensureTopics(KafkaSettings.of(broker.bootstrapServers()), TEST_PARTITIONS, (short) 1,
            Duration.ofSeconds(60));
        EmbeddedKafkaBroker started = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-kafka-shutdown"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return broker.bootstrapServers();
  }

  public static KafkaSettings settings() {
    return KafkaSettings.of(bootstrapServers());
  }
}
