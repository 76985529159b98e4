package tulpar.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Topic;

/** Reads and writes the shared test broker's topics directly, as another service would. */
final class KafkaTopics {

  private KafkaTopics() {}

  static <V> RecordMetadata produce(Topic<String, V> topic, String key, V value) {
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(SharedKafka.settings().producer("test-producer"),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      return producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot produce to " + topic.name(), e);
    }
  }

  /** Every record of the topic up to its current end whose key passes {@code keys}, in offset order per partition. */
  static <V> List<ConsumerRecord<String, V>> readAll(Topic<String, V> topic, Predicate<String> keys) {
    Properties props = SharedKafka.settings().reader("test-reader");
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, V>> records = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(100)).forEach(r -> {
          if (keys.test(r.key())) {
            records.add(r);
          }
        });
      }
      return records;
    }
  }

  static <V> List<V> valuesFor(Topic<String, V> topic, String key) {
    return readAll(topic, key::equals).stream().map(ConsumerRecord::value).toList();
  }

  /** The offset a consumer group has committed on a partition, or -1. */
  static long committedOffset(String groupId, TopicPartition partition) {
    try (Admin admin = Admin.create(SharedKafka.settings().admin())) {
      OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get()
          .get(partition);
      return committed == null ? -1 : committed.offset();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot read the offsets of " + groupId, e);
    }
  }
}
