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
import tulpar.servicekit.KafkaSettings;

/**
 * Reads one topic of the shared test broker (or another) from the beginning and keeps the records a test cares
 * about (the broker is shared, so other tests' records are there too).
 */
public final class TopicTail<V> implements AutoCloseable {

  private final KafkaConsumer<String, V> consumer;
  private final Predicate<ConsumerRecord<String, V>> wanted;
  private final List<ConsumerRecord<String, V>> kept = new ArrayList<>();

  public TopicTail(Topic<String, V> topic, Predicate<ConsumerRecord<String, V>> wanted) {
    this(SharedKafka.settings(), topic, wanted);
  }

  /** Reads the topic on another broker than the shared one. */
  public TopicTail(KafkaSettings kafka, Topic<String, V> topic, Predicate<ConsumerRecord<String, V>> wanted) {
    this.wanted = wanted;
    this.consumer = new KafkaConsumer<>(kafka.reader("test-tail-" + UUID.randomUUID()),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(info -> new TopicPartition(info.topic(), info.partition()))
        .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Every wanted record read so far, after one more poll. */
  public List<ConsumerRecord<String, V>> records() {
    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
      if (wanted.test(record)) {
        kept.add(record);
      }
    });
    return List.copyOf(kept);
  }

  public List<String> keys() {
    return records().stream().map(ConsumerRecord::key).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
