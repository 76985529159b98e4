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
    Article article = Fixtures.unique(Fixtures.COMMISSION_REPORT, "report-" + runId);
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

      List<EnrichedArticle> enriched = TopicRecords.valuesUntil(kafka, Topics.ARTICLES_ENRICHED,
          records -> records.stream().anyMatch(r -> r.getArticle().getId().equals(article.getId())));
      assertThat(enriched).filteredOn(e -> e.getArticle().getId().equals(article.getId())).singleElement()
          .satisfies(e -> assertThat(e.getAlert()).isTrue());

      // Other tests on the shared broker may have reported the same events first: look for this article anywhere.
      // The meeting and the agreement have other ids, so their records may come in different reads: read until
      // both are there (reading until the first, the other was sometimes not yet read).
      List<EventStatus> expected = List.of(EventStatus.HELD, EventStatus.SIGNED);
      List<CooperationEvent> events = TopicRecords.valuesUntil(kafka, Topics.EVENTS,
          records -> statusesReportedBy(article, records).containsAll(expected));
      assertThat(statusesReportedBy(article, events)).containsAll(expected);
    }
  }

  private static List<EventStatus> statusesReportedBy(Article article, List<CooperationEvent> events) {
    return events.stream()
        .filter(e -> e.getSources().stream().anyMatch(s -> s.getArticleId().equals(article.getId())))
        .map(CooperationEvent::getStatus).toList();
  }
}
