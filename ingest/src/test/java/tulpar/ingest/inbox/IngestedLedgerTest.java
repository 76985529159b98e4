package tulpar.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestedLedgerTest {

  @TempDir
  Path dir;

  @Test
  void recordedFingerprintsSurviveReopening() throws IOException {
    Path file = dir.resolve("state/ledger.txt");
    String fingerprint = "ab".repeat(32);
    try (IngestedLedger ledger = IngestedLedger.open(file)) {
      assertThat(ledger.contains(fingerprint)).isFalse();
      ledger.record(fingerprint);
      assertThat(ledger.contains(fingerprint)).isTrue();
    }

    try (IngestedLedger reopened = IngestedLedger.open(file)) {
      assertThat(reopened.contains(fingerprint)).isTrue();
      assertThat(reopened.contains("cd".repeat(32))).isFalse();
    }
  }

  @Test
  void tornLastLineIsIgnoredAndDoesNotSpoilTheNextRecord() throws IOException {
    Path file = dir.resolve("ledger.txt");
    String whole = "01".repeat(32);
    Files.writeString(file, whole + "\n" + "0123abc", StandardCharsets.US_ASCII);
    String next = "fe".repeat(32);

    try (IngestedLedger ledger = IngestedLedger.open(file)) {
      assertThat(ledger.contains(whole)).isTrue();
      ledger.record(next);
    }

    try (IngestedLedger reopened = IngestedLedger.open(file)) {
      assertThat(reopened.contains(next)).isTrue();
    }
  }

  @Test
  void refusesSomethingThatIsNotAFingerprint() throws IOException {
    try (IngestedLedger ledger = IngestedLedger.open(dir.resolve("ledger.txt"))) {
      assertThatThrownBy(() -> ledger.record("not\na fingerprint")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void fingerprintFollowsNameAndContentButNotModificationTime() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "same text");
    String original = FileFingerprint.of(a);

    Files.setLastModifiedTime(a, FileTime.fromMillis(0));
    assertThat(FileFingerprint.of(a)).isEqualTo(original);

    Path b = Files.writeString(dir.resolve("b.txt"), "same text");
    assertThat(FileFingerprint.of(b)).isNotEqualTo(original);

    Files.writeString(a, " more", StandardOpenOption.APPEND);
    assertThat(FileFingerprint.of(a)).isNotEqualTo(original).matches("[0-9a-f]{64}");
  }
}
