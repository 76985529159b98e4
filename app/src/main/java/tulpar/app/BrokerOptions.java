package tulpar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import tulpar.broker.EmbeddedKafkaBroker;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

/** Where the embedded broker keeps its data and listens. */
final class BrokerOptions {

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Where the embedded broker and the services keep their data.")
  Path dataDir;

  @Option(names = "--broker-port", paramLabel = "N", defaultValue = "9092",
      description = "Port of the embedded broker; 0 picks a free one.")
  int brokerPort;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
      description = "Partitions of each topic Tulpar creates.")
  int partitions;

  /** Starts the broker, writes its address to DATA_DIR/bootstrap.servers and creates Tulpar's topics. */
  EmbeddedKafkaBroker start() {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, brokerPort);
    broker.publishAddress(dataDir.resolve(RunCommand.BOOTSTRAP_FILE));
    TopicProvisioner.ensureTopics(KafkaSettings.of(broker.bootstrapServers()), partitions, (short) 1,
        Duration.ofSeconds(60));
    return broker;
  }
}
