package tulpar.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import tulpar.schemas.CleanupPolicy;
import tulpar.schemas.Topic;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.TopicProvisioner;

/**
 * The ceiling: plain Kafka on the same broker, with Tulpar's own client settings (an idempotent producer with
 * {@code acks=all}, lz4 and ingest's batch size; a {@code read_committed} consumer). Produces {@code records}
 * article-sized records of corpus text (each a different slice, so compression sees real text, not one record
 * over and over) to a topic of its own, laid out as Tulpar's topics are, waits for every acknowledgement, then
 * reads them all back. The topic is deleted afterwards.
 */
final class RawKafkaProbe {

  /** What was measured: the times of the two halves. */
  record Result(int records, int recordBytes, int partitions, double produceSeconds, double consumeSeconds) {

    double produceRecordsPerSecond() {
      return records / produceSeconds;
    }

    double consumeRecordsPerSecond() {
      return records / consumeSeconds;
    }

    /** Records produced and consumed per second of the two halves together: each record written once, read once. */
    double recordsPerSecond() {
      return records / (produceSeconds + consumeSeconds);
    }

    double megabytes() {
      return (double) records * recordBytes / 1e6;
    }
  }

  private static final int BATCH_BYTES = 256 * 1024;
  private static final long BUFFER_BYTES = 64L * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private RawKafkaProbe() {}

  static Result run(KafkaSettings kafka, String runId, int records, int recordBytes, int partitions,
                    short replicationFactor, String text) throws InterruptedException {
    String topic = "tulpar.bench.raw-" + runId;
    TopicProvisioner.ensureTopics(kafka, List.of(new Topic<>(topic, Serdes.String(), Serdes.ByteArray(),
        CleanupPolicy.DELETE, "bench")), partitions, replicationFactor, TIMEOUT);
    try {
      byte[] corpus = repeatedUntil(text.getBytes(StandardCharsets.UTF_8), recordBytes * 4);
      double produce = produce(kafka, topic, records, recordBytes, corpus);
      double consume = consume(kafka, topic, records, partitions);
      return new Result(records, recordBytes, partitions, produce, consume);
    } finally {
      try (Admin admin = Admin.create(kafka.admin())) {
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Only disk space: the topic is named for this run.
      }
    }
  }

  private static double produce(KafkaSettings kafka, String topic, int records, int recordBytes, byte[] corpus)
      throws InterruptedException {
    Properties props = kafka.producer("tulpar-bench-raw");
    props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    props.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, BUFFER_BYTES);
    AtomicReference<Exception> failure = new AtomicReference<>();
    AtomicLong acknowledged = new AtomicLong();
    long start;
    long end;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
        new ByteArraySerializer())) {
      producer.partitionsFor(topic);
      int stride = Math.max(1, (corpus.length - recordBytes) / 977);
      start = System.nanoTime();
      for (int i = 0; i < records; i++) {
        byte[] value = new byte[recordBytes];
        System.arraycopy(corpus, (int) ((long) i * stride % (corpus.length - recordBytes)), value, 0, recordBytes);
        producer.send(new ProducerRecord<>(topic, ("raw-" + i).getBytes(StandardCharsets.UTF_8), value),
            (metadata, e) -> {
              if (e != null) {
                failure.compareAndSet(null, e);
              } else {
                acknowledged.incrementAndGet();
              }
            });
      }
      producer.flush();
      end = System.nanoTime();
    }
    if (failure.get() != null || acknowledged.get() != records) {
      throw new IllegalStateException("Raw Kafka probe: " + acknowledged.get() + " of " + records
          + " records acknowledged", failure.get());
    }
    return (end - start) / 1e9;
  }

  private static double consume(KafkaSettings kafka, String topic, int records, int partitions) {
    Properties props = kafka.reader("tulpar-bench-raw-reader");
    props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
          .mapToObj(p -> new TopicPartition(topic, p)).toList();
      consumer.assign(all);
      consumer.seekToBeginning(all);
      long start = System.nanoTime();
      long deadline = start + TIMEOUT.toNanos();
      long count = 0;
      long bytes = 0;
      while (count < records) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Raw Kafka probe: read " + count + " of " + records + " records in " + TIMEOUT);
        }
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
        for (var record : batch) {
          bytes += record.value().length;
          count++;
        }
      }
      long end = System.nanoTime();
      if (bytes == 0) {
        throw new IllegalStateException("Raw Kafka probe: empty records");
      }
      return (end - start) / 1e9;
    }
  }

  private static byte[] repeatedUntil(byte[] text, int minLength) {
    if (text.length == 0) {
      throw new IllegalArgumentException("No text for the raw Kafka probe");
    }
    byte[] out = new byte[Math.max(minLength, text.length)];
    for (int i = 0; i < out.length; i += text.length) {
      System.arraycopy(text, 0, out, i, Math.min(text.length, out.length - i));
    }
    return out;
  }
}
