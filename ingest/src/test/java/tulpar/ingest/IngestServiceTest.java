package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.article.ArticleIds;
import tulpar.ingest.feed.FeedLimits;
import tulpar.ingest.article.CanonicalUrl;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.RejectReason;
import tulpar.schemas.RejectedArticle;
import tulpar.schemas.Topics;
import tulpar.servicekit.Health;
import tulpar.servicekit.KafkaSettings;

/** The watched directory against the shared embedded broker. */
class IngestServiceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Over the 8 MiB the test broker's topics and the producer take, though within ingest's body limit. */
  static final int TOO_LARGE_FOR_KAFKA = KafkaSettings.MAX_RECORD_BYTES + 512 * 1024;

  @TempDir
  Path dir;
  private Path inbox;
  private Path state;
  /** Makes this test's articles unique on the shared broker. */
  private final String run = UUID.randomUUID().toString();

  @BeforeEach
  void dirs() {
    inbox = dir.resolve("inbox");
    state = dir.resolve("state");
  }

  @Test
  void filesComeOutOnceAsArticlesOrAsRejectionsWithTheirReason() throws Exception {
    try (IngestService ingest = new IngestService(config(IngestConfig.DEFAULT_MAX_BODY_BYTES));
         TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.value().getBody().contains(run));
         TopicTail<RejectedArticle> rejected = new TopicTail<>(Topics.ARTICLES_REJECTED, this::fromThisInbox)) {
      assertThat(ingest.health().status()).isEqualTo(Health.Status.STARTING);
      ingest.start();
      await().atMost(WAIT).until(() -> ingest.health().isUp());
      assertThat(inbox).isDirectory();

      String good = article("good.txt", "url: https://example.org/" + run + "/good?utm_source=x\n\n");
      String seed = article("seed.txt", " date 2026-02-01 ");
      write(".hidden.txt", "url: https://example.org/" + run + "/hidden\n\nNever read " + run);
      write("still-copying.txt.part", "url: https://example.org/" + run + "/partial\n\nNever read " + run);
      String movedIn = moveIn("moved-in.txt", "url: https://example.org/" + run + "/moved\n\nArrived whole " + run);
      write("empty.txt", "");
      Files.write(inbox.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
      write("bad-date.txt", "date: 2026-02-30\n\nNo such day " + run);
      Files.write(inbox.resolve("latin1.txt"), ("Caf\u00e9 " + run).getBytes(StandardCharsets.ISO_8859_1));
      write("far-future.txt", "date: Fri, 01 Jan 3000 00:00:00 GMT\n\nFrom the year 3000 " + run);
      write("too-large.txt", "x".repeat((int) IngestConfig.DEFAULT_MAX_BODY_BYTES + 1));
      String utf16 = articleIn("utf16.txt", "title: UTF-16\n\n", new byte[] {(byte) 0xFF, (byte) 0xFE},
          StandardCharsets.UTF_16LE);
      String cp1251 = articleIn("cp1251.txt", "title: Встреча\n\nМинистры двух стран встретились в столице. ", new byte[0],
          Charset.forName("windows-1251"));
      String soup = article("soup.html", "<html><head><title>Soup</title></head><body><p>Unclosed <b>soup");
      String last = article("zz-last.txt", "url: https://example.org/" + run + "/last\n\n");

      // Articles are keyed by id over two partitions: "last" may be read before the other partition's articles.
      await().atMost(WAIT).untilAsserted(() -> assertThat(raw.keys())
          .containsExactlyInAnyOrder(good, seed, movedIn, utf16, cp1251, soup, last));
      await().atMost(WAIT).untilAsserted(() -> assertThat(reasons(rejected)).isEqualTo(Map.of(
          "empty.txt", RejectReason.EMPTY,
          "picture.png", RejectReason.BINARY,
          "bad-date.txt", RejectReason.IMPOSSIBLE_DATE,
          "far-future.txt", RejectReason.IMPOSSIBLE_DATE,
          "too-large.txt", RejectReason.TOO_LARGE,
          "latin1.txt", RejectReason.INVALID_ENCODING)));
      assertThat(ingest.health().isUp()).isTrue();
      Article seedArticle = raw.records().stream().filter(r -> r.key().equals(seed)).findFirst().orElseThrow().value();
      assertThat(seedArticle.getPublishedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
      assertThat(seedArticle.getDateSource()).isEqualTo(DateSource.STATED);
    }
  }

  @Test
  void restartOnTheSameStateDirectoryPublishesNothingAgain() throws Exception {
    try (TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.value().getBody().contains(run));
         TopicTail<RejectedArticle> rejected = new TopicTail<>(Topics.ARTICLES_REJECTED, this::fromThisInbox)) {
      String first;
      try (IngestService ingest = new IngestService(config(IngestConfig.DEFAULT_MAX_BODY_BYTES))) {
        ingest.start();
        first = article("first.txt", "title: Before the restart\n\n");
        write("blank.txt", "   \n");
        await().atMost(WAIT).untilAsserted(() -> {
          assertThat(raw.keys()).containsExactly(first);
          assertThat(rejected.keys()).hasSize(1);
        });
      }
      // Touching a file changes its modification time but not what it says: still not new.
      Files.setLastModifiedTime(inbox.resolve("first.txt"), FileTime.from(Instant.now()));

      try (IngestService restarted = new IngestService(config(IngestConfig.DEFAULT_MAX_BODY_BYTES))) {
        restarted.start();
        String marker = article("zz-after-restart.txt", "title: After the restart\n\n");

        await().atMost(WAIT).untilAsserted(() -> assertThat(raw.keys()).contains(marker));
        assertThat(raw.keys()).containsExactlyInAnyOrder(first, marker);
        assertThat(rejected.keys()).hasSize(1);
      }
    }
  }

  @Test
  void articleTheBrokerRefusesAsTooLargeIsRejectedNotRetriedForever() throws Exception {
    try (IngestService ingest = new IngestService(config(TOO_LARGE_FOR_KAFKA + 1024 * 1024));
         TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.value().getBody().contains(run));
         TopicTail<RejectedArticle> rejected = new TopicTail<>(Topics.ARTICLES_REJECTED, this::fromThisInbox)) {
      ingest.start();
      write("huge.txt", Fixtures.randomLetters(TOO_LARGE_FOR_KAFKA) + " " + run);
      String after = article("next.txt", "title: After the huge one\n\n");

      await().atMost(WAIT).untilAsserted(() -> assertThat(raw.keys()).containsExactly(after));
      // The rejection was published before the next article, but this reader has not polled yet: wait for it.
      await().atMost(WAIT).untilAsserted(() -> assertThat(reasons(rejected))
          .isEqualTo(Map.of("huge.txt", RejectReason.TOO_LARGE)));
      assertThat(rejected.records().get(0).value().getMessage()).contains("max.message.bytes");
    }
  }

  @Test
  void closedServiceReportsDown() {
    IngestService ingest = new IngestService(config(IngestConfig.DEFAULT_MAX_BODY_BYTES));
    ingest.start();
    await().atMost(WAIT).until(() -> ingest.health().isUp());

    ingest.close();

    assertThat(ingest.health().status()).isEqualTo(Health.Status.DOWN);
  }

  private IngestConfig config(long maxBodyBytes) {
    return new IngestConfig(SharedKafka.settings(), inbox, state, maxBodyBytes, Duration.ofMillis(50),
        Duration.ofMillis(150), Duration.ofSeconds(20), "ingest-test-" + run, List.of(), FeedLimits.defaults());
  }

  /** Writes an article file whose body names this run, and returns the id it must get. */
  private String article(String name, String head) throws IOException {
    Path file = write(name, head + "Body of " + name + " in run " + run + ".");
    return ((ParseResult.Accepted) ArticleFiles.read(file, Clock.systemUTC())).article().getId();
  }

  /** Writes an article file in another encoding, and returns the id it must get. */
  private String articleIn(String name, String head, byte[] byteOrderMark, Charset charset) throws IOException {
    byte[] text = (head + "Body of " + name + " in run " + run + ".").getBytes(charset);
    byte[] content = new byte[byteOrderMark.length + text.length];
    System.arraycopy(byteOrderMark, 0, content, 0, byteOrderMark.length);
    System.arraycopy(text, 0, content, byteOrderMark.length, text.length);
    Files.createDirectories(inbox);
    Path file = Files.write(inbox.resolve(name), content);
    return ((ParseResult.Accepted) ArticleFiles.read(file, Clock.systemUTC())).article().getId();
  }

  /** Writes under a partial name and renames, as careful copiers do; returns the id from the URL. */
  private String moveIn(String name, String content) throws Exception {
    Path partial = write(name + ".part", content);
    Files.move(partial, inbox.resolve(name));
    return ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/" + run + "/moved"));
  }

  private Path write(String name, String content) throws IOException {
    Files.createDirectories(inbox);
    return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
  }

  private boolean fromThisInbox(ConsumerRecord<String, RejectedArticle> record) {
    return record.key().startsWith(ArticleFiles.sourceRef(inbox));
  }

  private Map<String, RejectReason> reasons(TopicTail<RejectedArticle> rejected) {
    return rejected.records().stream().collect(Collectors.toMap(
        r -> r.key().substring(ArticleFiles.sourceRef(inbox).length() + 1), r -> r.value().getReason()));
  }
}
