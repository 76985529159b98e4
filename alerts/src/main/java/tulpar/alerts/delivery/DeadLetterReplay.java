package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.RecordDecoder;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.schemas.Alert;
import tulpar.schemas.FailedAlert;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Sends dead-lettered alerts again: reads {@code tulpar.alerts.dead-letter} up to its current end and publishes
 * each {@link FailedAlert#getAlert()} to {@code tulpar.alerts} as it was, so it keeps its id (receivers that did
 * get it drop it) and goes through delivery as any alert does. An alert dead-lettered more than once is replayed
 * once. The dead-letter topic is not changed: a replay that fails again is dead-lettered again.
 */
public final class DeadLetterReplay {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSettings kafka;
  private final TopicWriter writer;

  public DeadLetterReplay(KafkaSettings kafka, TopicWriter writer) {
    this.kafka = kafka;
    this.writer = writer;
  }

  /**
   * For the launcher's {@code tulpar replay [ALERT_ID]}: replays the dead letter of one alert, or all of them,
   * and returns how many alerts were published again (0 when there is no such dead letter).
   */
  public static int replay(KafkaSettings kafka, Optional<String> alertId) {
    try (TopicWriter writer = new TopicWriter(kafka, "tulpar-replay")) {
      return new DeadLetterReplay(kafka, writer).replay(alertId);
    }
  }

  /** Replays the dead letter of one alert, or all; returns how many alerts were published again. */
  public int replay(Optional<String> alertId) {
    List<Alert> alerts = List.copyOf(deadLetters(alertId).values());
    List<Future<RecordMetadata>> writes = alerts.stream()
        .map(alert -> writer.send(Topics.ALERTS, alert.getSubscriptionId(), alert))
        .toList();
    writer.awaitAll(writes);
    log.info("Replayed {} dead-lettered alert(s){}", alerts.size(), alertId.map(id -> " (" + id + ")").orElse(""));
    return alerts.size();
  }

  /** The latest dead letter of each alert (or of the one asked for), by alert id. */
  private Map<String, Alert> deadLetters(Optional<String> alertId) {
    RecordDecoder<FailedAlert> decoder = new RecordDecoder<>(Topics.ALERTS_DEAD_LETTER);
    Map<String, Alert> found = new LinkedHashMap<>();
    try (Consumer<String, byte[]> reader = new KafkaConsumer<>(kafka.reader("tulpar-replay-reader"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = reader.partitionsFor(Topics.ALERTS_DEAD_LETTER.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition()))
          .toList();
      reader.assign(partitions);
      reader.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = reader.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
        reader.poll(POLL).forEach(record -> {
          if (alertId.map(id -> id.equals(record.key())).orElse(true)) {
            decoder.decode(record).ifPresent(failed -> found.put(record.key(), failed.getAlert()));
          }
        });
      }
    }
    return found;
  }
}
