package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Article;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/** The streams service's meters move as an article is tagged and its events come out; they go when it closes. */
class StreamsMetricsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(45);

  @TempDir
  Path stateDir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void countsTaggedArticlesAndEventChangesAndGaugesTheState() {
    KafkaSettings kafka = SharedKafka.settings();
    String runId = UUID.randomUUID().toString();
    Article article = Fixtures.unique(Fixtures.COMMISSION_REPORT, "metrics-" + runId);

    try (StreamsService service = new StreamsService(new StreamsServiceConfig(kafka, stateDir,
        "streams-metrics-test-" + runId, Duration.ofMillis(100), StreamsServiceConfig.DEFAULT_DUPLICATE_WINDOW))) {
      service.registerMetrics(registry);
      assertThat(registry.find("tulpar.articles.tagged").counter()).as("nothing before start").isNull();
      service.start();
      await().atMost(TIMEOUT).until(() -> service.health().isUp());
      assertThat(state("RUNNING")).isEqualTo(1);
      assertThat(state("REBALANCING")).isZero();

      // A fresh application id reads the shared raw topic from its start: other tests' articles count too.
      try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.producer("streams-metrics-" + runId),
          Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getId(), article));
      }

      await().atMost(TIMEOUT).untilAsserted(() -> {
        assertThat(registry.get("tulpar.articles.tagged").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(events("NEW")).isGreaterThanOrEqualTo(1);
      });
      assertThat(registry.find("kafka.stream.alive.stream.threads").gauges()).isNotEmpty();
    }
    assertThat(registry.find("tulpar.streams.state").gauges()).as("meters go with the service").isEmpty();
    assertThat(registry.find("kafka.stream.alive.stream.threads").gauges()).isEmpty();
  }

  private double events(String change) {
    return registry.get("tulpar.events").tag("change", change).functionCounter().count();
  }

  private double state(String state) {
    return registry.get("tulpar.streams.state").tag("state", state).gauge().value();
  }
}
