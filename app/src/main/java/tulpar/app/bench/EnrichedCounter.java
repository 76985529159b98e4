package tulpar.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Counts the articles the topology has finished: records on {@code tulpar.articles.enriched} as a
 * {@code read_committed} reader sees them, i.e. once the Streams transaction that wrote them has committed.
 * Counts only what is written after it starts; it reads no values.
 */
final class EnrichedCounter implements AutoCloseable {

  private final AtomicLong count = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long lastChangeNanos = System.nanoTime();

  private EnrichedCounter(KafkaSettings kafka) {
    Properties props = kafka.reader("tulpar-bench-enriched-counter");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED.name()).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    thread = new Thread(() -> {
      try (consumer) {
        while (running) {
          int records = consumer.poll(Duration.ofMillis(50)).count();
          if (records > 0) {
            lastChangeNanos = System.nanoTime();
            count.addAndGet(records);
          }
        }
      }
    }, "bench-enriched-counter");
    thread.setDaemon(true);
    thread.start();
  }

  static EnrichedCounter start(KafkaSettings kafka) {
    return new EnrichedCounter(kafka);
  }

  long count() {
    return count.get();
  }

  /** When the count last went up. */
  long lastChangeNanos() {
    return lastChangeNanos;
  }

  /** Waits until at least {@code target} records are counted; the time they were, or -1 after the deadline. */
  long awaitCount(long target, long deadlineNanos) throws InterruptedException {
    while (count.get() < target) {
      if (System.nanoTime() > deadlineNanos) {
        return -1;
      }
      Thread.sleep(5);
    }
    return lastChangeNanos;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
