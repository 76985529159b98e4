package tulpar.streams;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;

/** Reads Tulpar topics on a real broker from the start, as a {@code read_committed} consumer would. */
final class TopicRecords {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private TopicRecords() {}

  /** Reads the topic from the start until what was read passes the test, then returns the records. */
  static <V> List<ConsumerRecord<String, V>> readUntil(KafkaSettings kafka, Topic<String, V> topic,
                                                        Predicate<List<ConsumerRecord<String, V>>> done) {
    return read(kafka, topic, (consumer, read) -> done.test(read));
  }

  /**
   * Every value committed to the topic by the time the reader first looks: read until each partition's position
   * reaches its end as it was then (for a {@code read_committed} reader, the last stable offset), however many
   * polls that takes.
   */
  static <V> List<V> valuesToEnd(KafkaSettings kafka, Topic<String, V> topic) {
    Map<TopicPartition, Long> ends = new HashMap<>();
    return values(read(kafka, topic, (consumer, read) -> {
      if (ends.isEmpty()) {
        ends.putAll(consumer.endOffsets(consumer.assignment()));
      }
      return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }));
  }

  private static <V> List<ConsumerRecord<String, V>> read(
      KafkaSettings kafka, Topic<String, V> topic,
      BiPredicate<KafkaConsumer<String, V>, List<ConsumerRecord<String, V>>> done) {
    Properties props = kafka.reader("streams-test-reader-" + UUID.randomUUID());
    List<ConsumerRecord<String, V>> read = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await().atMost(TIMEOUT).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        return done.test(consumer, read);
      });
    }
    return read;
  }

  static <V> List<V> valuesUntil(KafkaSettings kafka, Topic<String, V> topic, Predicate<List<V>> done) {
    return readUntil(kafka, topic, records -> done.test(values(records))).stream()
        .map(ConsumerRecord::value).toList();
  }

  private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
    return records.stream().map(ConsumerRecord::value).toList();
  }
}
