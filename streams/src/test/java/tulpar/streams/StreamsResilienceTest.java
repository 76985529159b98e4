package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.schemas.Article;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;
import tulpar.streams.events.EnglishOrdinals;

/**
 * The streams service on a real (embedded) broker when things go wrong: a record it cannot read, a restart, an
 * instance killed with SIGKILL while another shares its partitions. Each test has an application id and article
 * ids of its own, so it reads only what it caused from the shared topics.
 */
class StreamsResilienceTest {

  private static final KafkaSettings KAFKA = SharedKafka.settings();

  @TempDir
  Path dir;

  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private Process otherInstance;

  @AfterEach
  void killTheOtherInstance() {
    if (otherInstance != null) {
      otherInstance.destroyForcibly();
    }
  }

  /** Fast failure detection, so that a killed member's partitions move within seconds, not 45 s. */
  private Path clientConfig() throws IOException {
    return Files.writeString(dir.resolve("client.properties"),
        "session.timeout.ms=6000\nheartbeat.interval.ms=1000\ntransaction.timeout.ms=6000\n");
  }

  private StreamsService service(String applicationId, Path stateDir) throws IOException {
    return new StreamsService(new StreamsServiceConfig(KAFKA.withConfigFile(clientConfig()), stateDir,
        applicationId, StreamsServiceConfig.DEFAULT_COMMIT_INTERVAL, StreamsServiceConfig.DEFAULT_DUPLICATE_WINDOW));
  }

  private static void awaitUp(StreamsService service) {
    await().atMost(TopicRecords.TIMEOUT).until(() -> service.health().isUp());
  }

  private static void publish(List<Article> articles) {
    try (var producer = new KafkaProducer<>(KAFKA.producer("resilience-test"),
        Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer())) {
      articles.forEach(a -> producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), a.getId(), a)));
    }
  }

  /**
   * The nth meeting of a commission, with words of its own so that no two are near-duplicates of each other.
   * The nth meeting is one event whichever test reports it, and every test here reads the shared raw topic from
   * its start, so each test has ordinals of its own: 1–20 fail over, 21 restarts, 22 follows a poison record.
   */
  private Article meeting(int n) {
    return Fixtures.unique(Fixtures.article("meeting", "en", "2026-03-04", "Commission meets",
        "The " + EnglishOrdinals.of(n) + " meeting of the Kazakhstan–Türkiye Intergovernmental Commission was held"
            + " in Astana on March 3."), runId + "-" + n);
  }

  /** The event records on tulpar.events caused by this test's articles. */
  private List<CooperationEvent> ownEvents(List<CooperationEvent> all) {
    return all.stream().filter(e -> e.getSources().stream().anyMatch(s -> s.getArticleId().startsWith(runId)))
        .toList();
  }

  private List<CooperationEvent> eventsOnceThereAre(int count) {
    return ownEvents(TopicRecords.valuesUntil(KAFKA, Topics.EVENTS, all -> ownEvents(all).size() >= count));
  }

  @Test
  void shouldSendARecordItCannotReadToTheDeadLetterTopicAndGoOn() throws IOException {
    String poisonKey = runId + "-poison";
    try (StreamsService service = service("resilience-" + runId, dir.resolve("state"))) {
      service.start();
      awaitUp(service);
      try (var producer = new KafkaProducer<>(KAFKA.producer("resilience-test"), new StringSerializer(),
          new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), 0, poisonKey, new byte[] {1, 2, 3}));
      }
      Article next = meeting(22);
      publish(List.of(next));

      List<ConsumerRecord<String, byte[]>> deadLetters = TopicRecords.readUntil(KAFKA, Topics.STREAMS_DEAD_LETTER,
          records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())));
      assertThat(deadLetters).filteredOn(r -> poisonKey.equals(r.key())).singleElement().satisfies(r -> {
        assertThat(r.value()).containsExactly(1, 2, 3);
        assertThat(new String(r.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
            .contains("Cannot decode Article");
      });
      TopicRecords.valuesUntil(KAFKA, Topics.ARTICLES_ENRICHED,
          all -> all.stream().anyMatch(e -> e.getArticle().getId().equals(next.getId())));
    }
  }

  @Test
  void shouldResumeAfterARestartWithoutAnnouncingAnEventAgain() throws IOException {
    String applicationId = "resilience-" + runId;
    Article report = Fixtures.unique(Fixtures.COMMISSION_REPORT, runId + "-report");
    Article copy = Article.newBuilder(report).setId(runId + "-copy").setTitle("Another headline")
        .setBody("By our correspondent. " + report.getBody()).build();
    Article sentinel = meeting(21);
    try (StreamsService first = service(applicationId, dir.resolve("state"))) {
      first.start();
      awaitUp(first);
      publish(List.of(report));
      assertThat(eventsOnceThereAre(2)).extracting(CooperationEvent::getChange)
          .containsExactly(ChangeKind.NEW, ChangeKind.NEW);
    }

    try (StreamsService restarted = service(applicationId, dir.resolve("state"))) {
      restarted.start();
      awaitUp(restarted);
      publish(List.of(report, copy, sentinel));

      List<EnrichedArticle> enriched = TopicRecords.valuesUntil(KAFKA, Topics.ARTICLES_ENRICHED,
          all -> all.stream().filter(e -> e.getArticle().getId().startsWith(runId)).count() >= 4);
      assertThat(enriched).filteredOn(e -> e.getArticle().getId().startsWith(runId))
          .extracting(e -> e.getArticle().getId(), EnrichedArticle::getDuplicateOf)
          .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple(report.getId(), null),
              org.assertj.core.api.Assertions.tuple(report.getId(), report.getId()),
              org.assertj.core.api.Assertions.tuple(copy.getId(), report.getId()),
              org.assertj.core.api.Assertions.tuple(sentinel.getId(), null));
      List<CooperationEvent> events = eventsOnceThereAre(3);
      // The sentinel's event is out; give anything the repeats might have caused the same time to show.
      await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
      assertThat(ownEvents(TopicRecords.valuesToEnd(KAFKA, Topics.EVENTS))).hasSameSizeAs(events)
          .extracting(CooperationEvent::getVersion).containsOnly(1);
    }
  }

  @Test
  void shouldLetTheOtherInstanceTakeOverWhenOneIsKilled() throws Exception {
    String applicationId = "resilience-" + runId;
    Path otherOutput = Path.of("target", "other-instance-" + runId + ".log");
    otherInstance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=tulpar.schemas", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), StreamsInstanceMain.class.getName(),
        KAFKA.bootstrapServers(), applicationId, dir.resolve("other").toString(), clientConfig().toString())
        .redirectErrorStream(true).redirectOutput(otherOutput.toFile()).start();
    try (StreamsService survivor = service(applicationId, dir.resolve("survivor"))) {
      survivor.start();
      await().atMost(TopicRecords.TIMEOUT).until(() -> Files.readAllLines(otherOutput).contains("UP"));
      awaitUp(survivor);

      List<Article> before = IntStream.rangeClosed(1, 10).mapToObj(this::meeting).toList();
      publish(before);
      eventsOnceThereAre(10);
      otherInstance.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      List<Article> after = IntStream.rangeClosed(11, 20).mapToObj(this::meeting).toList();
      publish(after);

      List<CooperationEvent> events = eventsOnceThereAre(20);
      assertThat(events).extracting(CooperationEvent::getVersion, CooperationEvent::getChange)
          .containsOnly(org.assertj.core.api.Assertions.tuple(1, ChangeKind.NEW));
      assertThat(events.stream().collect(Collectors.groupingBy(e -> e.getSources().get(0).getArticleId(),
          Collectors.counting()))).hasSize(20).allSatisfy((article, count) -> assertThat(count).isEqualTo(1));
    }
  }

}
