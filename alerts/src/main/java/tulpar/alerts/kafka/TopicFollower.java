package tulpar.alerts.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;

/**
 * Reads every partition of a topic from the beginning, then follows it, handing each record to
 * {@link #apply}. Without a group, every instance reads everything: this is how each one builds its own
 * in-memory view. Ready once it has read what the topic held when it began.
 */
public abstract class TopicFollower extends ConsumerLoop {

  private final Topic<String, ?> topic;
  private final Properties readerProperties;
  private final CountDownLatch caughtUp = new CountDownLatch(1);

  protected TopicFollower(Topic<String, ?> topic, KafkaSettings kafka, String clientId) {
    super(clientId);
    this.topic = topic;
    this.readerProperties = kafka.reader(clientId);
  }

  /** Called on the follower's thread for every record, in offset order per partition. */
  protected abstract void apply(ConsumerRecord<String, byte[]> record);

  @Override
  protected final void run() {
    try (Consumer<String, byte[]> reader =
             new KafkaConsumer<>(readerProperties, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = reader.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition()))
          .toList();
      if (partitions.isEmpty()) {
        throw new IllegalStateException("Topic " + topic.name() + " does not exist; create Tulpar's topics first");
      }
      reader.assign(partitions);
      reader.seekToBeginning(partitions);
      Map<TopicPartition, Long> endAtStart = reader.endOffsets(partitions);
      while (running()) {
        reader.poll(POLL_TIMEOUT).forEach(this::apply);
        if (!isReady() && partitions.stream().allMatch(p -> reader.position(p) >= endAtStart.get(p))) {
          markReady();
          caughtUp.countDown();
        }
      }
    }
  }

  /** Waits until everything the topic held when reading began has been applied. */
  public boolean awaitCaughtUp(Duration timeout) {
    try {
      return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
