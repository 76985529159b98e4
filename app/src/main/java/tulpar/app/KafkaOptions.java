package tulpar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import tulpar.servicekit.KafkaSettings;

/** How a command reaches Kafka: {@code --bootstrap-servers} and the extra client properties of {@code --kafka-config}. */
final class KafkaOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
      description = "Kafka brokers to connect to.")
  String bootstrapServers;

  @Option(names = "--kafka-config", paramLabel = "FILE",
      description = "Extra Kafka client properties (security.protocol, sasl.*, ssl.*, …) for every client.")
  Path kafkaConfig;

  boolean hasBootstrapServers() {
    return bootstrapServers != null && !bootstrapServers.isBlank();
  }

  KafkaSettings settings(String bootstrap) {
    KafkaSettings settings = KafkaSettings.of(bootstrap);
    if (kafkaConfig != null) {
      if (!Files.isReadable(kafkaConfig)) {
        throw new BadInputException("--kafka-config " + kafkaConfig + " is not a readable file.");
      }
      settings = settings.withConfigFile(kafkaConfig);
    }
    return settings;
  }

  /** The given servers, or the default for commands meant for a distributed layout. */
  KafkaSettings settingsOrDefault() {
    return settings(hasBootstrapServers() ? bootstrapServers : "localhost:9092");
  }
}
