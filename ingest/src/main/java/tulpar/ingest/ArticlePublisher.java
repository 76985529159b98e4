package tulpar.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tulpar.schemas.Article;
import tulpar.schemas.RejectReason;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Ingest's one idempotent producer: articles to tulpar.articles.raw keyed by article id, rejections to
 * tulpar.articles.rejected keyed by source ref. Every send returns a future that completes when the broker has
 * acknowledged the record (acks=all), so a caller knows when the record is safe.
 *
 * <p>Memory stays bounded when the broker is slow or away: records wait in a buffer of {@link #BUFFER_BYTES},
 * and once it is full a send blocks for at most the publish time-out and then fails, instead of queueing
 * without end. Records are batched ({@link #BATCH_BYTES}, the service kit's linger) so a backfill of many
 * small files travels in few requests. An operator's own settings from {@code --kafka-config} win.
 */
public final class ArticlePublisher implements AutoCloseable {

  static final int BATCH_BYTES = 256 * 1024;
  static final long BUFFER_BYTES = 64L * 1024 * 1024;
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaProducer<byte[], byte[]> producer;
  private final Clock clock;

  public ArticlePublisher(KafkaSettings kafka, String clientId, Duration publishTimeout, Clock clock) {
    Properties props = kafka.producer(clientId);
    props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    props.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, BUFFER_BYTES);
    props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, publishTimeout.toMillis());
    this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    this.clock = clock;
  }

  /**
   * Publishes what an input became. An article the broker refuses as too large (its {@code max.message.bytes}
   * can be below ingest's body limit) is published as a TOO_LARGE rejection instead, so the input never
   * vanishes; the future holds what was published in the end.
   */
  public CompletableFuture<ParseResult> publishOrRefuse(ParseResult result, String sourceRef) {
    return publish(result).thenApply(metadata -> result).exceptionallyCompose(failure -> {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (result instanceof ParseResult.Accepted accepted && cause instanceof RecordTooLargeException) {
        Rejection refused = refusedAsTooLarge(accepted.article(), sourceRef);
        return publish(refused).thenApply(metadata -> refused);
      }
      return CompletableFuture.failedFuture(cause);
    });
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

  /** Waits for an acknowledgement; a refusal or no answer in time becomes a {@link PublishException}. */
  public static <T> T await(CompletableFuture<T> acknowledgement, Duration timeout) throws PublishException {
    try {
      return acknowledgement.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new PublishException("the broker refused the record: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new PublishException("no acknowledgement from the broker within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while waiting for the broker", e);
    }
  }

  private Rejection refusedAsTooLarge(Article article, String sourceRef) {
    byte[] body = article.getBody().getBytes(StandardCharsets.UTF_8);
    return new Rejection(sourceRef, RejectReason.TOO_LARGE, "Kafka refused the article as larger than the topic"
        + " takes (max.message.bytes): split it, or raise max.message.bytes of tulpar.articles.raw together with"
        + " ingest's body limit.", body, body.length, clock.instant());
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
      // send() throws for a record it refuses at once (too large, serialisation, a closed producer, a full
      // buffer after max.block.ms): the caller learns of it the same way as of a failed acknowledgement.
      acknowledged.completeExceptionally(e);
    }
    return acknowledged;
  }

  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }
}
