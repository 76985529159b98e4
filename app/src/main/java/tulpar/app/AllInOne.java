package tulpar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tulpar.broker.EmbeddedKafkaBroker;
import tulpar.ingest.feed.FeedSubscription;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

/**
 * Everything in one process — what {@code tulpar run} runs: the embedded broker unless bootstrap servers are
 * given, then ingest, streams and alerts behind one HTTP API. The end-to-end tests start exactly this.
 */
final class AllInOne implements AutoCloseable {

  static final String BOOTSTRAP_FILE = "bootstrap.servers";
  private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

  /**
   * @param dataDir          broker data, service state; the broker's address is written to {@code bootstrap.servers} in it
   * @param watchDir         the directory watched for article files; created if missing
   * @param feeds            the RSS/Atom feeds to poll
   * @param brokerPort       the embedded broker's port; 0 picks a free one
   * @param bootstrapServers an existing cluster to use instead of the embedded broker
   * @param kafkaConfig      extra client properties for every Kafka client
   */
  record Settings(Path dataDir, Path watchDir, List<FeedSubscription> feeds, int brokerPort, Optional<String> bootstrapServers,
                  Optional<Path> kafkaConfig, Topics topics, int httpPort, Optional<String> apiToken,
                  Services.Delivery delivery, Duration duplicateWindow) {
    Settings {
      Objects.requireNonNull(dataDir, "dataDir");
      Objects.requireNonNull(watchDir, "watchDir");
      feeds = List.copyOf(feeds);
      Objects.requireNonNull(delivery, "delivery");
      Objects.requireNonNull(duplicateWindow, "duplicateWindow");
    }
  }

  /** How Tulpar's topics are created when missing. */
  record Topics(int partitions, short replicationFactor) {}

  private final EmbeddedKafkaBroker broker;
  private final ServiceHost host;
  private final KafkaSettings kafka;

  private AllInOne(EmbeddedKafkaBroker broker, ServiceHost host, KafkaSettings kafka) {
    this.broker = broker;
    this.host = host;
    this.kafka = kafka;
  }

  static AllInOne start(Settings settings) {
    createDirectory(settings.dataDir());
    EmbeddedKafkaBroker broker = null;
    String bootstrap;
    if (settings.bootstrapServers().isPresent()) {
      bootstrap = settings.bootstrapServers().get();
    } else {
      broker = EmbeddedKafkaBroker.start(settings.dataDir(), settings.brokerPort());
      broker.publishAddress(settings.dataDir().resolve(BOOTSTRAP_FILE));
      bootstrap = broker.bootstrapServers();
    }
    try {
      KafkaSettings kafka = KafkaOptions.settings(bootstrap, settings.kafkaConfig());
      TopicProvisioner.ensureTopics(kafka, settings.topics().partitions(), settings.topics().replicationFactor(),
          TOPIC_TIMEOUT);
      ServiceHost host = ServiceHost.start(settings.httpPort(), settings.apiToken(), List.of(
          Services.ingest(kafka, settings.watchDir(), settings.dataDir(), settings.feeds()),
          Services.streams(kafka, settings.dataDir(), settings.duplicateWindow()),
          Services.alerts(kafka, settings.delivery())));
      return new AllInOne(broker, host, kafka);
    } catch (RuntimeException e) {
      if (broker != null) {
        broker.close();
      }
      throw e;
    }
  }

  int httpPort() {
    return host.httpPort();
  }

  KafkaSettings kafka() {
    return kafka;
  }

  boolean awaitHealthy(Duration timeout) throws InterruptedException {
    return host.awaitHealthy(timeout);
  }

  @Override
  public void close() {
    host.close();
    if (broker != null) {
      broker.close();
    }
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
