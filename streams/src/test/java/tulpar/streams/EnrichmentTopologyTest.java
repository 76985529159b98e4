package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.schemas.Article;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;
import tulpar.streams.tagging.ArticleTagger;

class EnrichmentTopologyTest {

  private static final ArticleTagger TAGGER =
      ArticleTagger.standard(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;

  private TopologyTestDriver driver(ArticleTagger tagger) {
    return driver(tagger, StreamsServiceConfig.DEFAULT_DUPLICATE_WINDOW);
  }

  private TopologyTestDriver driver(ArticleTagger tagger, Duration duplicateWindow) {
    StreamsServiceConfig config = new StreamsServiceConfig(KafkaSettings.of("unused:9092"), stateDir)
        .withDuplicateWindow(duplicateWindow);
    driver = new TopologyTestDriver(EnrichmentTopology.build(tagger, duplicateWindow), config.streamsProperties());
    return driver;
  }

  @AfterEach
  void closeDriver() {
    if (driver != null) {
      driver.close();
    }
  }

  private static TestInputTopic<String, Article> articles(TopologyTestDriver driver) {
    return driver.createInputTopic(Topics.ARTICLES_RAW.name(), Topics.ARTICLES_RAW.keySerde().serializer(),
        Topics.ARTICLES_RAW.valueSerde().serializer());
  }

  private static TestOutputTopic<String, EnrichedArticle> enriched(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.ARTICLES_ENRICHED.name(),
        Topics.ARTICLES_ENRICHED.keySerde().deserializer(), Topics.ARTICLES_ENRICHED.valueSerde().deserializer());
  }

  private static TestOutputTopic<String, CooperationEvent> events(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.EVENTS.name(), Topics.EVENTS.keySerde().deserializer(),
        Topics.EVENTS.valueSerde().deserializer());
  }

  private static TestOutputTopic<String, byte[]> deadLetters(TopologyTestDriver driver) {
    return driver.createOutputTopic(Topics.STREAMS_DEAD_LETTER.name(), new StringDeserializer(),
        new ByteArrayDeserializer());
  }

  private static List<CooperationEvent> eventsNamed(TestOutputTopic<String, CooperationEvent> events, String name) {
    return events.readValuesToList().stream().filter(e -> e.getName().equals(name)).toList();
  }

  private static void publish(TestInputTopic<String, Article> topic, Article article) {
    topic.pipeInput(article.getId(), article, article.getReceivedAt());
  }

  @Test
  void shouldPublishEveryArticleEnrichedUnderItsId() {
    TopologyTestDriver driver = driver(TAGGER);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);

    publish(articles(driver), Fixtures.COMMISSION_PREVIEW);

    KeyValue<String, EnrichedArticle> record = enriched.readKeyValue();
    assertThat(record.key).isEqualTo("preview-1");
    assertThat(record.value).isEqualTo(TAGGER.tag(Fixtures.COMMISSION_PREVIEW));
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldMakeAPreviewAndAReportOneEventWhoseStatusMovesForward() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles, Fixtures.COMMISSION_PREVIEW);
    publish(articles, Fixtures.COMMISSION_REPORT);

    List<KeyValue<String, CooperationEvent>> emitted = events.readKeyValuesToList();
    List<KeyValue<String, CooperationEvent>> meeting = emitted.stream()
        .filter(kv -> kv.value.getType() == EventType.MEETING).toList();
    assertThat(meeting).extracting(kv -> kv.value.getStatus(), kv -> kv.value.getVersion(),
        kv -> kv.value.getChange()).containsExactly(
        tuple(EventStatus.PLANNED, 1, ChangeKind.NEW),
        tuple(EventStatus.HELD, 2, ChangeKind.STATUS_CHANGED));
    assertThat(meeting.get(1).key).isEqualTo(meeting.get(0).key).isEqualTo(meeting.get(1).value.getId());
    assertThat(meeting.get(1).value.getSources()).extracting(EventSource::getArticleId, EventSource::getFirstSeenAt)
        .containsExactly(tuple("preview-1", Fixtures.COMMISSION_PREVIEW.getReceivedAt()),
            tuple("report-1", Fixtures.COMMISSION_REPORT.getReceivedAt()));
    assertThat(emitted).filteredOn(kv -> kv.value.getType() == EventType.AGREEMENT)
        .extracting(kv -> kv.value.getStatus(), kv -> kv.value.getVersion(), kv -> kv.value.getChange())
        .containsExactly(tuple(EventStatus.SIGNED, 1, ChangeKind.NEW));
    assertThat(emitted).hasSize(3);
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void shouldEmitNothingWhenTheSameArticleArrivesAgain() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);
    publish(articles, Fixtures.COMMISSION_REPORT);
    assertThat(events.readValuesToList()).hasSize(2);

    publish(articles, Fixtures.COMMISSION_REPORT);

    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void shouldSkipARecordThatCannotBeDeserialisedAndProcessTheNext() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, byte[]> rawBytes = driver.createInputTopic(Topics.ARTICLES_RAW.name(),
        new StringSerializer(), new ByteArraySerializer());
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);

    rawBytes.pipeInput("garbage", new byte[] {0x42, 0x00, 0x13, 0x37});
    publish(articles(driver), Fixtures.COMMISSION_PREVIEW);

    // The dead letter it also becomes is checked on a real broker (StreamsServiceTest): the test driver does
    // not pass on what the deserialisation handler sends.
    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("preview-1");
  }

  private static String header(TestRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldSkipAnArticleTheTaggerFailsOnAndProcessTheNext() {
    ArticleTagger failingOnPreview = article -> {
      if (article.getId().equals(Fixtures.COMMISSION_PREVIEW.getId())) {
        throw new IllegalStateException("tagger failure for the test");
      }
      return TAGGER.tag(article);
    };
    TopologyTestDriver driver = driver(failingOnPreview);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);

    publish(articles, Fixtures.COMMISSION_PREVIEW);
    publish(articles, Fixtures.COMMISSION_REPORT);

    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("report-1");
    TestRecord<String, byte[]> deadLetter = deadLetters(driver).readRecord();
    assertThat(deadLetter.key()).isEqualTo("preview-1");
    assertThat(Topics.ARTICLES_RAW.valueSerde().deserializer().deserialize("", deadLetter.value()))
        .isEqualTo(Fixtures.COMMISSION_PREVIEW);
    assertThat(header(deadLetter, "__streams.errors.message")).isEqualTo("tagger failure for the test");
  }

  @Test
  void shouldSkipTombstonesOnTheRawTopic() {
    TopologyTestDriver driver = driver(TAGGER);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);

    articles(driver).pipeInput("deleted", null);

    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldMakeTheSeedPreviewAndReportOneMeetingThatWasPlannedThenHeld() {
    Article preview = SeedCorpus.seed("002");
    Article report = SeedCorpus.seed("000");
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles, preview);
    publish(articles, report);

    List<CooperationEvent> meeting = events.readValuesToList().stream()
        .filter(e -> e.getName().equals("8th meeting of the Joint Strategic Planning Group")).toList();
    assertThat(meeting).extracting(CooperationEvent::getStatus, CooperationEvent::getVersion,
        CooperationEvent::getChange).containsExactly(
        tuple(EventStatus.PLANNED, 1, ChangeKind.NEW),
        tuple(EventStatus.HELD, 2, ChangeKind.STATUS_CHANGED));
    assertThat(meeting.get(1).getSources()).extracting(EventSource::getArticleId)
        .containsExactly(preview.getId(), report.getId());
    assertThat(meeting.get(1).getParties()).containsExactly("KZ", "TR");
    assertThat(meeting.get(1).getDate()).isEqualTo("2026-02-02");
  }

  @Test
  void shouldMakeTheSeedReportThenItsPreviewOneMeetingWhoseStatusStaysHeld() {
    Article preview = SeedCorpus.seed("002");
    Article report = SeedCorpus.seed("000");
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles, report);
    publish(articles, preview);

    List<CooperationEvent> meeting = eventsNamed(events, "8th meeting of the Joint Strategic Planning Group");
    assertThat(meeting).extracting(CooperationEvent::getStatus, CooperationEvent::getVersion,
        CooperationEvent::getChange).containsExactly(
        tuple(EventStatus.HELD, 1, ChangeKind.NEW),
        tuple(EventStatus.HELD, 2, ChangeKind.UPDATED));
    assertThat(meeting.get(1).getSources()).extracting(EventSource::getArticleId)
        .containsExactly(report.getId(), preview.getId());
    assertThat(meeting.get(1).getDate()).isEqualTo("2026-02-02");
    assertThat(meeting.get(1).getPlace()).isEqualTo("Ankara");
  }

  @Test
  void shouldMakeTheSameMeetingReportedInEnglishAndInTurkishOneEvent() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles, Fixtures.COMMISSION_REPORT);
    publish(articles, Fixtures.COMMISSION_REPORT_TURKISH);

    List<CooperationEvent> meeting = eventsNamed(events, "3rd meeting of the Intergovernmental Commission");
    assertThat(meeting).extracting(CooperationEvent::getId).containsOnly(meeting.get(0).getId());
    assertThat(meeting).extracting(CooperationEvent::getVersion, CooperationEvent::getChange,
        e -> e.getSources().size()).containsExactly(tuple(1, ChangeKind.NEW, 1), tuple(2, ChangeKind.UPDATED, 2));
    assertThat(meeting.get(1).getConfidence()).isGreaterThan(meeting.get(0).getConfidence());
  }

  @Test
  void shouldMarkASyndicatedCopyAsADuplicateAndTakeNoReportFromIt() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);
    publish(articles, Fixtures.COMMISSION_REPORT);
    assertThat(events.readValuesToList()).hasSize(2);

    publish(articles, Fixtures.COMMISSION_REPORT_COPY);

    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value.getDuplicateOf())
        .containsExactly(tuple("report-1", null), tuple("copy-1", "report-1"));
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void shouldNotCallATemplatedItemAboutAnotherMeetingACopy() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);
    Article next = Fixtures.article("report-4", "en", "2026-09-10", "Commission meets again",
        Fixtures.COMMISSION_REPORT.getBody().replace("third", "fourth").replace("March 3", "September 9"));

    publish(articles, Fixtures.COMMISSION_REPORT);
    publish(articles, next);

    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getDuplicateOf).containsOnlyNulls();
    assertThat(events.readValuesToList()).extracting(CooperationEvent::getName)
        .contains("3rd meeting of the Intergovernmental Commission", "4th meeting of the Intergovernmental Commission");
  }

  @Test
  void shouldMarkTheSameArticleAgainAsARepeatOfItselfButNotAnUpdatedText() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
    Article updated = Article.newBuilder(Fixtures.COMMISSION_PREVIEW).setId("report-1").build();

    publish(articles, Fixtures.COMMISSION_REPORT);
    publish(articles, Fixtures.COMMISSION_REPORT);
    publish(articles, updated);

    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getDuplicateOf)
        .containsExactly(null, "report-1", null);
  }

  @Test
  void shouldNotCallACopyWhatArrivesAfterTheDuplicateWindow() {
    TopologyTestDriver driver = driver(TAGGER, Duration.ofDays(1));
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, EnrichedArticle> enriched = enriched(driver);
    Article muchLater = Article.newBuilder(Fixtures.COMMISSION_REPORT_COPY)
        .setReceivedAt(Fixtures.COMMISSION_REPORT.getReceivedAt().plus(Duration.ofDays(3))).build();

    publish(articles, Fixtures.COMMISSION_REPORT);
    publish(articles, muchLater);

    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getDuplicateOf).containsOnlyNulls();
  }

  @Test
  void shouldKeepTwoMeetingsOfOneBodyAYearApartAsTwoEvents() {
    TopologyTestDriver driver = driver(TAGGER);
    TestInputTopic<String, Article> articles = articles(driver);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles, Fixtures.COMMISSION_2025);
    publish(articles, Fixtures.COMMISSION_2026);

    List<CooperationEvent> meetings = eventsNamed(events, "meeting of the Intergovernmental Commission");
    assertThat(meetings).extracting(CooperationEvent::getDate, CooperationEvent::getPlace,
        CooperationEvent::getVersion, CooperationEvent::getChange).containsExactly(
        tuple("2025-05-13", "Astana", 1, ChangeKind.NEW), tuple("2026-05-19", "Bishkek", 1, ChangeKind.NEW));
    assertThat(meetings.get(0).getId()).isNotEqualTo(meetings.get(1).getId());
  }

  @Test
  void shouldKeepAPastMeetingMentionedAsBackgroundOutOfTheNews() {
    TopologyTestDriver driver = driver(TAGGER);
    TestOutputTopic<String, CooperationEvent> events = events(driver);

    publish(articles(driver), Fixtures.BACKGROUND_MENTION);

    assertThat(eventsNamed(events, "3rd meeting of the Intergovernmental Commission")).singleElement()
        .satisfies(e -> {
          assertThat(e.getNewsworthy()).isFalse();
          assertThat(e.getStatus()).isEqualTo(EventStatus.HELD);
          assertThat(e.getDate()).startsWith("2025");
        });
  }
}
