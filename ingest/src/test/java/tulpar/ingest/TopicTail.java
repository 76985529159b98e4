package tulpar.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Topic;

/**
 * Reads one topic of the shared test broker from the beginning and keeps the records a test cares about (the
 * broker is shared, so other tests' records are there too).
 */
final class TopicTail<V> implements AutoCloseable {

  private final KafkaConsumer<String, V> consumer;
  private final Predicate<ConsumerRecord<String, V>> wanted;
  private final List<ConsumerRecord<String, V>> kept = new ArrayList<>();

  TopicTail(Topic<String, V> topic, Predicate<ConsumerRecord<String, V>> wanted) {
    this.wanted = wanted;
    this.consumer = new KafkaConsumer<>(SharedKafka.settings().reader("test-tail-" + UUID.randomUUID()),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(info -> new TopicPartition(info.topic(), info.partition()))
        .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Every wanted record read so far, after one more poll. */
  List<ConsumerRecord<String, V>> records() {
    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
      if (wanted.test(record)) {
        kept.add(record);
      }
    });
    return List.copyOf(kept);
  }

  List<String> keys() {
    return records().stream().map(ConsumerRecord::key).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
