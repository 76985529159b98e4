package tulpar.alerts.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;

/**
 * The latest value of every key of a compacted topic, in memory. Every instance reads the whole topic and follows
 * it, so every instance holds the same view.
 *
 * <p>Writers of this process apply their own acknowledged writes at once ({@link #applyWrite}), so a read right
 * after a write sees it. Each entry remembers the offset it came from, so the reader, arriving later with older
 * records of the same key, never overwrites a newer local write. Deleted keys stay as tombstone entries, which
 * lets callers tell "deleted" from "not seen yet"; they cost a few bytes each until the next restart.
 */
public final class CompactedTopicView<V> extends TopicFollower {

  private record Entry<V>(long offset, V value) {}

  private final RecordDecoder<V> decoder;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  /** Per partition, the offset after the last record the reader applied. Guarded by {@code this}. */
  private final Map<Integer, Long> readerPositions = new HashMap<>();
  private final BiConsumer<String, V> changes;

  public CompactedTopicView(Topic<String, V> topic, KafkaSettings kafka, String clientId) {
    this(topic, kafka, clientId, (key, value) -> { });
  }

  /**
   * @param changes told of every key whose latest value changes, with the new value (null once deleted), in
   *                the order of the changes; it runs under the view's lock, so it must be quick
   */
  public CompactedTopicView(Topic<String, V> topic, KafkaSettings kafka, String clientId,
                            BiConsumer<String, V> changes) {
    super(topic, kafka, clientId);
    this.decoder = new RecordDecoder<>(topic);
    this.changes = changes;
  }

  @Override
  protected synchronized void apply(ConsumerRecord<String, byte[]> record) {
    Optional<V> value = decoder.decode(record);
    if (record.value() == null || value.isPresent()) {
      put(record.key(), record.offset(), value.orElse(null));
    }
    readerPositions.put(record.partition(), record.offset() + 1);
  }

  /** Applies a write of this process that Kafka acknowledged at {@code written}; a null value is a tombstone. */
  public synchronized void applyWrite(RecordMetadata written, String key, V value) {
    if (written.offset() < readerPositions.getOrDefault(written.partition(), 0L)) {
      return; // the reader has applied it already, or something newer
    }
    put(key, written.offset(), value);
  }

  /** Keeps the value unless the entry holds a newer one. */
  private void put(String key, long offset, V value) {
    Entry<V> current = entries.get(key);
    if (current == null || current.offset() <= offset) {
      entries.put(key, new Entry<>(offset, value));
      changes.accept(key, value);
    }
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

  public long skippedRecords() {
    return decoder.skipped();
  }
}
