package tulpar.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

class EmbeddedKafkaBrokerTest {

  @TempDir
  Path dataDir;

  @Test
  void keepsTopicsAndRecordsAcrossARestartOnTheSameDataDirectory() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
      KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
      TopicProvisioner.ensureTopics(kafka, 3, (short) 1, Duration.ofSeconds(30));
      try (var producer = new KafkaProducer<>(kafka.producer("test"), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), "k", "before restart")).get();
      }
    }

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
      KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
      assertThat(readAll(kafka, Topics.ARTICLES_RAW.name())).containsExactly("before restart");
      try (Admin admin = Admin.create(kafka.admin())) {
        assertThat(admin.listTopics().names().get()).containsAll(
            Topics.ALL.stream().map(t -> t.name()).toList());
        var events = new ConfigResource(ConfigResource.Type.TOPIC, Topics.EVENTS.name());
        ConfigEntry policy = admin.describeConfigs(Set.of(events)).all().get().get(events).get("cleanup.policy");
        assertThat(policy.value()).isEqualTo("compact");
        assertThat(admin.describeTopics(Set.of(Topics.EVENTS.name())).allTopicNames().get()
            .get(Topics.EVENTS.name()).partitions()).hasSize(3);
      }
    }
  }

  @Test
  void publishesItsAddressForOtherCommands() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
      Path file = dataDir.resolve("bootstrap.servers");
      broker.publishAddress(file);
      assertThat(Files.readString(file).trim()).isEqualTo(broker.bootstrapServers()).startsWith("localhost:");
    }
  }

  private static List<String> readAll(KafkaSettings kafka, String topic) {
    Properties props = kafka.consumer("reader-" + System.nanoTime());
    List<String> values = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 15_000;
      while (values.isEmpty() && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
      }
    }
    return values;
  }
}
