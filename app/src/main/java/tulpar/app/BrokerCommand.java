package tulpar.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tulpar.broker.EmbeddedKafkaBroker;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

@Command(name = "broker", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Runs only the embedded single-node Kafka broker, with Tulpar's topics, until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(BrokerCommand.class);

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Where the broker keeps its data; its address is written to DIR/bootstrap.servers.")
  Path dataDir;

  @Option(names = "--broker-port", paramLabel = "N", defaultValue = "9092",
      description = "Port of the broker; 0 picks a free one.")
  int brokerPort;

  @Mixin
  TopicOptions topics;

  @Override
  public Integer call() throws InterruptedException {
    AllInOne.Topics layout = topics.topics();
    try (Lifecycle lifecycle = new Lifecycle()) {
      EmbeddedKafkaBroker broker = lifecycle.add(EmbeddedKafkaBroker.start(dataDir, brokerPort));
      broker.publishAddress(dataDir.resolve(AllInOne.BOOTSTRAP_FILE));
      TopicProvisioner.ensureTopics(KafkaSettings.of(broker.bootstrapServers()), layout.partitions(),
          layout.replicationFactor(), Duration.ofSeconds(60));
      log.info("Kafka broker at {}; Ctrl-C stops it.", broker.bootstrapServers());
      lifecycle.awaitShutdown();
    }
    return 0;
  }
}
