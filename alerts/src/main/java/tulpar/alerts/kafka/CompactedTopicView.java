package tulpar.alerts.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;

/**
 * The latest value of every key of a compacted topic, in memory. A reader without a group reads every
 * partition from the beginning and then follows it, so every instance holds the same view.
 *
 * <p>Writers of this process apply their own acknowledged writes at once ({@link #applyWrite}), so a read right
 * after a write sees it. Each entry remembers the offset it came from, so the reader, arriving later with older
 * records of the same key, never overwrites a newer local write. Deleted keys stay as tombstone entries, which
 * lets callers tell "deleted" from "not seen yet"; they cost a few bytes each until the next restart.
 */
public final class CompactedTopicView<V> extends ConsumerLoop {

  private static final Logger log = LoggerFactory.getLogger(CompactedTopicView.class);

  private record Entry<V>(long offset, V value) {}

  private final Topic<String, V> topic;
  private final Properties readerProperties;
  private final RecordDecoder<V> decoder;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  /** Per partition, the offset after the last record the reader applied. Guarded by {@code this}. */
  private final Map<Integer, Long> readerPositions = new HashMap<>();
  private final CountDownLatch caughtUp = new CountDownLatch(1);

  public CompactedTopicView(Topic<String, V> topic, KafkaSettings kafka, String clientId) {
    super(clientId);
    this.topic = topic;
    this.readerProperties = kafka.reader(clientId);
    this.decoder = new RecordDecoder<>(topic);
  }

  @Override
  protected void run() {
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
        reader.poll(POLL_TIMEOUT).forEach(this::applyRead);
        if (!isReady() && partitions.stream().allMatch(p -> reader.position(p) >= endAtStart.get(p))) {
          log.debug("Read {} entries of {}", entries.size(), topic.name());
          markReady();
          caughtUp.countDown();
        }
      }
    }
  }

  private synchronized void applyRead(ConsumerRecord<String, byte[]> record) {
    Optional<V> value = decoder.decode(record);
    if (record.value() == null || value.isPresent()) {
      entries.compute(record.key(), (key, current) -> current != null && current.offset() > record.offset()
          ? current
          : new Entry<>(record.offset(), value.orElse(null)));
    }
    readerPositions.put(record.partition(), record.offset() + 1);
  }

  /** Applies a write of this process that Kafka acknowledged at {@code written}; a null value is a tombstone. */
  public synchronized void applyWrite(RecordMetadata written, String key, V value) {
    if (written.offset() < readerPositions.getOrDefault(written.partition(), 0L)) {
      return; // the reader has applied it already, or something newer
    }
    entries.compute(key, (k, current) -> current != null && current.offset() > written.offset()
        ? current
        : new Entry<>(written.offset(), value));
  }

  public Optional<V> get(String key) {
    Entry<V> entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.value());
  }

  /** True when the key's latest record is a tombstone this view has seen. */
  public boolean isDeleted(String key) {
    Entry<V> entry = entries.get(key);
    return entry != null && entry.value() == null;
  }

  public List<V> values() {
    return entries.values().stream().map(Entry::value).filter(Objects::nonNull).toList();
  }

  /** Waits until the view holds everything the topic held when reading began. */
  public boolean awaitCaughtUp(Duration timeout) {
    try {
      return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public long skippedRecords() {
    return decoder.skipped();
  }
}
