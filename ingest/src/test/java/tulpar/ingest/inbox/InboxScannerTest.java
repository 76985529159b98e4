package tulpar.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Time is passed in explicitly: no test here waits for a clock. */
class InboxScannerTest {

  private static final Duration SETTLE = Duration.ofMillis(500);
  private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");

  @TempDir
  Path dir;

  @Test
  void fileIsReadyOnlyAfterStayingUnchangedForTheSettleTime() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    write("a.txt", "text");

    assertThat(scanner.settledFiles(T0)).isEmpty();
    assertThat(scanner.settledFiles(T0.plusMillis(499))).isEmpty();
    assertThat(names(scanner.settledFiles(T0.plus(SETTLE)))).containsExactly("a.txt");
  }

  @Test
  void fileThatKeepsGrowingIsNotReady() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    write("growing.txt", "part one");
    scanner.settledFiles(T0);

    write("growing.txt", "part one, part two");

    assertThat(scanner.settledFiles(T0.plus(SETTLE))).isEmpty();
    assertThat(names(scanner.settledFiles(T0.plus(SETTLE).plus(SETTLE)))).containsExactly("growing.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {".hidden.txt", "draft.tmp", "download.PART", "copy.txt.part"})
  void hiddenAndPartialFilesAreNeverReady(String name) throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    write(name, "text");

    scanner.settledFiles(T0);

    assertThat(scanner.settledFiles(T0.plus(SETTLE))).isEmpty();
  }

  @Test
  void directoriesAreIgnored() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    Files.createDirectory(dir.resolve("sub.txt"));

    scanner.settledFiles(T0);

    assertThat(scanner.settledFiles(T0.plus(SETTLE))).isEmpty();
  }

  @Test
  void readyFilesComeInNameOrder() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    for (String name : List.of("c.txt", "a.txt", "b.txt")) {
      write(name, name);
    }

    scanner.settledFiles(T0);

    assertThat(names(scanner.settledFiles(T0.plus(SETTLE)))).containsExactly("a.txt", "b.txt", "c.txt");
  }

  @Test
  void handledFileComesBackOnlyWhenItChanges() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    Path file = write("a.txt", "first");
    scanner.settledFiles(T0);
    scanner.markHandled(scanner.settledFiles(T0.plus(SETTLE)).get(0));

    assertThat(scanner.settledFiles(T0.plus(SETTLE.multipliedBy(4)))).isEmpty();

    Files.writeString(file, "second version");
    Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(60)));
    scanner.settledFiles(T0.plus(SETTLE.multipliedBy(5)));
    assertThat(names(scanner.settledFiles(T0.plus(SETTLE.multipliedBy(6))))).containsExactly("a.txt");
  }

  @Test
  void fileMovedInUnderANewNameIsReady() throws IOException {
    InboxScanner scanner = new InboxScanner(dir, SETTLE);
    Path partial = write("incoming.txt.part", "complete text");
    scanner.settledFiles(T0);

    Files.move(partial, dir.resolve("incoming.txt"));
    scanner.settledFiles(T0.plus(SETTLE));

    assertThat(names(scanner.settledFiles(T0.plus(SETTLE.multipliedBy(2))))).containsExactly("incoming.txt");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> names(List<InboxFile> files) {
    return files.stream().map(f -> f.path().getFileName().toString()).toList();
  }
}
