package tulpar.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;
import tulpar.servicekit.AvroJson;
import tulpar.servicekit.Json;
import tulpar.servicekit.KafkaSettings;

@Command(name = "consume", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Prints a topic's records as JSON lines, Avro decoded: "
        + "{\"topic\", \"partition\", \"offset\", \"timestamp\", \"key\", \"value\"}. A tombstone has value null.",
        "Without --bootstrap-servers it reaches the broker of the 'tulpar run' using --data-dir."})
final class ConsumeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "One of Tulpar's topics, e.g. tulpar.events.")
  String topicName;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of waiting for new ones.")
  boolean fromBeginning;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
  Long max;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop when no record arrives for this long (e.g. 10s). Default: wait until Ctrl-C.")
  Duration timeout;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Data directory of the 'tulpar run' whose embedded broker to read.")
  Path dataDir;

  @Mixin
  KafkaOptions kafka;

  @Override
  public Integer call() {
    Topic<String, ?> topic = Topics.byName(topicName).orElseThrow(() -> new BadInputException(
        "Unknown topic '" + topicName + "'. Tulpar's topics: "
            + Topics.ALL.stream().map(Topic::name).collect(Collectors.joining(", "))));
    KafkaSettings settings = KafkaOptions.settings(bootstrapServers(), kafka.kafkaConfig());
    PrintWriter out = spec.commandLine().getOut();
    Deserializer<?> values = topic.valueSerde().deserializer();
    long printed = 0;
    try (var consumer = new KafkaConsumer<>(settings.reader("tulpar-consume"), new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      long lastRecordAt = System.nanoTime();
      while (max == null || printed < max) {
        var records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          lastRecordAt = System.nanoTime();
        } else if (timeout != null && System.nanoTime() - lastRecordAt > timeout.toNanos()) {
          break;
        }
        for (ConsumerRecord<byte[], byte[]> record : records) {
          out.println(render(record, values));
          out.flush();
          if (max != null && ++printed >= max) {
            break;
          }
        }
      }
    }
    return 0;
  }

  private String render(ConsumerRecord<byte[], byte[]> record, Deserializer<?> values) {
    ObjectNode line = Json.MAPPER.createObjectNode();
    line.put("topic", record.topic());
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
    if (record.headers().toArray().length > 0) {
      ObjectNode headers = line.putObject("headers");
      record.headers().forEach(h -> headers.put(h.key(), h.value() == null ? null
          : new String(h.value(), StandardCharsets.UTF_8)));
    }
    try {
      line.set("value", AvroJson.toJson(values.deserialize(record.topic(), record.value())));
    } catch (RuntimeException e) {
      line.putNull("value");
      line.put("error", e.getMessage());
    }
    return line.toString();
  }

  private String bootstrapServers() {
    if (kafka.bootstrapServers().isPresent()) {
      return kafka.bootstrapServers().get();
    }
    Path published = dataDir.resolve(AllInOne.BOOTSTRAP_FILE);
    if (Files.isReadable(published)) {
      try {
        return Files.readString(published).trim();
      } catch (IOException e) {
        throw new BadInputException("Cannot read " + published + ": " + e.getMessage());
      }
    }
    return KafkaOptions.DEFAULT_BOOTSTRAP_SERVERS;
  }
}
