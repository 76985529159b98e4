package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Article;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventStatus;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;
import tulpar.servicekit.Health;
import tulpar.servicekit.KafkaSettings;

/** The service against a real (embedded) broker: an article in, the enriched article and its events out. */
class StreamsServiceTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(45);

  @TempDir
  Path stateDir;

  @Test
  void shouldEnrichAnArticleFromTheRawTopicAndPublishItsEvents() {
    KafkaSettings kafka = SharedKafka.settings();
    String runId = UUID.randomUUID().toString();
    Article article = Article.newBuilder(Fixtures.COMMISSION_REPORT).setId("report-" + runId).build();
    StreamsServiceConfig config = new StreamsServiceConfig(kafka, stateDir, "streams-test-" + runId,
        StreamsServiceConfig.DEFAULT_COMMIT_INTERVAL, StreamsServiceConfig.DEFAULT_DUPLICATE_WINDOW);

    try (StreamsService service = new StreamsService(config)) {
      assertThat(service.health().status()).isEqualTo(Health.Status.DOWN);
      service.start();
      await().atMost(TIMEOUT).until(() -> service.health().isUp());

      try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.producer("streams-test-" + runId),
          Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getId(), article));
      }

      List<EnrichedArticle> enriched = readUntil(kafka, Topics.ARTICLES_ENRICHED,
          records -> records.stream().anyMatch(r -> r.key().equals(article.getId())));
      assertThat(enriched).filteredOn(e -> e.getArticle().getId().equals(article.getId())).singleElement()
          .satisfies(e -> assertThat(e.getAlert()).isTrue());

      List<CooperationEvent> events = readUntil(kafka, Topics.EVENTS, records -> records.stream()
          .anyMatch(r -> r.value().getSources().stream().anyMatch(s -> s.getArticleId().equals(article.getId()))));
      assertThat(events).filteredOn(e -> e.getSources().get(0).getArticleId().equals(article.getId()))
          .extracting(CooperationEvent::getStatus).contains(EventStatus.HELD, EventStatus.SIGNED);
    }
  }

  /** Reads a topic from the start until what was read passes the test, then returns the values. */
  private static <V> List<V> readUntil(KafkaSettings kafka, Topic<String, V> topic,
                                       Predicate<List<ConsumerRecord<String, V>>> done) {
    Properties props = kafka.reader("streams-test-reader-" + UUID.randomUUID());
    List<ConsumerRecord<String, V>> read = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await().atMost(TIMEOUT).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        return done.test(read);
      });
    }
    return read.stream().map(ConsumerRecord::value).toList();
  }
}
