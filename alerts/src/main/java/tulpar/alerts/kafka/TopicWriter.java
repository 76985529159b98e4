package tulpar.alerts.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;

/**
 * Writes to Tulpar's topics through one shared idempotent producer, taking the serdes from each topic so a
 * topic can never get the wrong one. Thread-safe.
 */
public final class TopicWriter implements AutoCloseable {

  /** How long a caller waits for an acknowledgement, e.g. an HTTP request storing a subscription. */
  public static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<byte[], byte[]> producer;

  public TopicWriter(KafkaSettings kafka, String clientId) {
    this.producer = new KafkaProducer<>(kafka.producer(clientId), new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Binds the producer's meters; close them before this writer. */
  public AlertsMetrics.ClientMeters bindMetrics(AlertsMetrics metrics) {
    return metrics.bind(producer);
  }

  public <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
    return send(topic, key, value, null);
  }

  /** Sends; the callback runs on the producer's I/O thread once Kafka has acknowledged or refused the write. */
  public <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value, Callback callback) {
    byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
    byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
    return producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes), callback);
  }

  /** Waits until every write sent so far is acknowledged or refused, and its callback has run. */
  public void flush() {
    producer.flush();
  }

  /** Writes and waits for the acknowledgement; a null value writes a tombstone. */
  public <V> RecordMetadata write(Topic<String, V> topic, String key, V value) {
    return awaitAll(List.of(send(topic, key, value))).get(0);
  }

  /** Waits until every write is acknowledged, together at most {@link #ACK_TIMEOUT}. */
  public List<RecordMetadata> awaitAll(List<Future<RecordMetadata>> writes) {
    long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
    try {
      List<RecordMetadata> acks = new ArrayList<>(writes.size());
      for (Future<RecordMetadata> write : writes) {
        acks.add(write.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return acks;
    } catch (ExecutionException e) {
      throw new KafkaWriteException("Kafka refused a write: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaWriteException("Kafka did not acknowledge a write within " + ACK_TIMEOUT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaWriteException("Interrupted while waiting for Kafka to acknowledge a write", e);
    }
  }

  @Override
  public void close() {
    producer.close(ACK_TIMEOUT);
  }
}
