package tulpar.alerts.kafka;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.Topic;

/**
 * Decodes record values with the topic's serde. Consumers read raw bytes and decode here, record by record,
 * so a value that cannot be decoded is logged, counted and skipped instead of failing every poll after it.
 */
public final class RecordDecoder<V> {

  private static final Logger log = LoggerFactory.getLogger(RecordDecoder.class);

  private final Topic<String, V> topic;
  private final AtomicLong skipped = new AtomicLong();

  public RecordDecoder(Topic<String, V> topic) {
    this.topic = topic;
  }

  /** The decoded value; empty when the value is a tombstone or cannot be decoded. */
  public Optional<V> decode(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
    } catch (SerializationException e) {
      skipped.incrementAndGet();
      log.warn("Skipping record {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
          record.key(), e.getMessage());
      return Optional.empty();
    }
  }

  /** How many records could not be decoded. */
  public long skipped() {
    return skipped.get();
  }
}
