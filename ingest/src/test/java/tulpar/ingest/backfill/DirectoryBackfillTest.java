package tulpar.ingest.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.broker.SharedKafka;
import tulpar.ingest.IngestConfig;
import tulpar.ingest.TopicTail;
import tulpar.schemas.Article;
import tulpar.schemas.RejectReason;
import tulpar.schemas.RejectedArticle;
import tulpar.schemas.Topics;

/** {@code ingest --dir DIR --once} against the shared embedded broker. */
class DirectoryBackfillTest {

  @TempDir
  Path dir;
  private final String run = UUID.randomUUID().toString();

  @Test
  void everyFileUnderTheDirectoryIsPublishedOnceAndARerunFindsOnlyDuplicates() throws Exception {
    Path archive = dir.resolve("archive");
    write(archive.resolve("2026/02/b.txt"), "title: B\n\nSecond article of run " + run);
    write(archive.resolve("2026/01/a.txt"), "title: A\n\nFirst article of run " + run);
    write(archive.resolve("2026/01/c.txt"), "title: C\n\nThird article of run " + run);
    write(archive.resolve("empty.txt"), "");
    write(archive.resolve("future.txt"), "date: 3 January 3000\n\nFrom the far future, run " + run);
    write(archive.resolve(".hidden/d.txt"), "title: D\n\nNever read, run " + run);
    write(archive.resolve("copying.txt.part"), "title: E\n\nNever read, run " + run);
    Recorder recorder = new Recorder();

    BackfillSummary first;
    try (DirectoryBackfill backfill = new DirectoryBackfill(config());
         TopicTail<Article> raw = new TopicTail<>(Topics.ARTICLES_RAW, r -> r.value().getBody().contains(run));
         TopicTail<RejectedArticle> rejected = new TopicTail<>(Topics.ARTICLES_REJECTED,
             r -> r.key().startsWith("file:" + archive))) {
      first = backfill.run(archive, recorder);

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(raw.records()).hasSize(3));
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rejected.records()).hasSize(2));
    }
    assertThat(first.filesFound()).isEqualTo(5);
    assertThat(first.accepted()).isEqualTo(3);
    assertThat(first.duplicate()).isZero();
    assertThat(first.rejected()).isEqualTo(Map.of(RejectReason.EMPTY, 1, RejectReason.IMPOSSIBLE_DATE, 1));
    assertThat(first.complete()).isTrue();
    assertThat(recorder.progress).extracting(BackfillProgress::filesDone).containsExactly(1, 2, 3, 4, 5);
    assertThat(recorder.progress.get(4).bytesDone()).isEqualTo(recorder.progress.get(4).bytesTotal());
    assertThat(recorder.summaries).containsExactly(first);

    try (DirectoryBackfill again = new DirectoryBackfill(config())) {
      BackfillSummary second = again.run(archive, new Recorder());

      assertThat(second.duplicate()).isEqualTo(5);
      assertThat(second.accepted()).isZero();
      assertThat(second.describe()).contains("5 files").contains("0 accepted, 5 duplicate, 0 rejected");
    }
  }

  @Test
  void somethingThatIsNotADirectoryIsRefused() throws Exception {
    Path file = write(dir.resolve("file.txt"), "text");

    try (DirectoryBackfill backfill = new DirectoryBackfill(config())) {
      assertThatThrownBy(() -> backfill.run(file, new Recorder()))
          .isInstanceOf(IOException.class).hasMessageContaining("is not a directory");
    }
  }

  private IngestConfig config() {
    return IngestConfig.defaults(SharedKafka.settings(), dir.resolve("inbox"), dir.resolve("data"));
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static final class Recorder implements BackfillListener {
    final List<BackfillProgress> progress = new ArrayList<>();
    final List<BackfillSummary> summaries = new ArrayList<>();

    @Override
    public void progress(BackfillProgress progress) {
      this.progress.add(progress);
    }

    @Override
    public void finished(BackfillSummary summary) {
      summaries.add(summary);
    }
  }
}
