package tulpar.ingest;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tulpar.schemas.Article;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Ingest's one idempotent producer: articles to tulpar.articles.raw keyed by article id, rejections to
 * tulpar.articles.rejected keyed by source ref. Every send returns a future that completes when the broker has
 * acknowledged the record (acks=all), so a caller knows when the record is safe.
 */
public final class ArticlePublisher implements AutoCloseable {

  /** Room for the fields around the body and the record's framing. */
  static final int RECORD_OVERHEAD_BYTES = 64 * 1024;
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaProducer<byte[], byte[]> producer;

  public ArticlePublisher(KafkaSettings kafka, String clientId, long maxBodyBytes) {
    Properties props = kafka.producer(clientId);
    // The default 1 MiB request cap would refuse an article whose body is at the limit; an operator's own
    // setting from --kafka-config still wins.
    props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
        (int) Math.min(Integer.MAX_VALUE, maxBodyBytes + RECORD_OVERHEAD_BYTES));
    this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  public CompletableFuture<RecordMetadata> publish(ParseResult result) {
    if (result instanceof ParseResult.Accepted accepted) {
      return publish(accepted.article());
    }
    return publish((Rejection) result);
  }

  public CompletableFuture<RecordMetadata> publish(Article article) {
    return send(Topics.ARTICLES_RAW, article.getId(), article);
  }

  public CompletableFuture<RecordMetadata> publish(Rejection rejection) {
    return send(Topics.ARTICLES_REJECTED, rejection.sourceRef(), rejection.toRecord());
  }

  private <V> CompletableFuture<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
    CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
    try {
      byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
      byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
      producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes), (metadata, failure) -> {
        if (failure == null) {
          acknowledged.complete(metadata);
        } else {
          acknowledged.completeExceptionally(failure);
        }
      });
    } catch (RuntimeException e) {
      // send() throws for a record it refuses at once (too large, serialisation, a closed producer):
      // the caller learns of it the same way as of a failed acknowledgement.
      acknowledged.completeExceptionally(e);
    }
    return acknowledged;
  }

  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }
}
