package tulpar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import tulpar.servicekit.KafkaSettings;

/** How a command reaches Kafka: {@code --bootstrap-servers} and the extra client properties of {@code --kafka-config}. */
final class KafkaOptions {

  static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
      description = "Kafka brokers to connect to.")
  String bootstrapServers;

  @Option(names = "--kafka-config", paramLabel = "FILE",
      description = "Extra Kafka client properties (security.protocol, sasl.*, ssl.*, …) for every client.")
  Path kafkaConfig;

  Optional<String> bootstrapServers() {
    return Optional.ofNullable(bootstrapServers).filter(s -> !s.isBlank());
  }

  Optional<Path> kafkaConfig() {
    return Optional.ofNullable(kafkaConfig);
  }

  /** The given servers, or {@value #DEFAULT_BOOTSTRAP_SERVERS}, for the commands of the distributed layout. */
  KafkaSettings settingsOrDefault() {
    return settings(bootstrapServers().orElse(DEFAULT_BOOTSTRAP_SERVERS), kafkaConfig());
  }

  static KafkaSettings settings(String bootstrapServers, Optional<Path> kafkaConfig) {
    KafkaSettings settings = KafkaSettings.of(bootstrapServers);
    if (kafkaConfig.isPresent()) {
      Path file = kafkaConfig.get();
      if (!Files.isReadable(file)) {
        throw new BadInputException("--kafka-config " + file + " is not a readable file.");
      }
      settings = settings.withConfigFile(file);
    }
    return settings;
  }
}
