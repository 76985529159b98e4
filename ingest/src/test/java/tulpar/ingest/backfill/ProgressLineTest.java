package tulpar.ingest.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tulpar.schemas.RejectReason;

class ProgressLineTest {

  private static final Instant START = Instant.parse("2026-03-10T12:00:00Z");
  private static final BackfillSummary SUMMARY = new BackfillSummary(10, 7, 1, Map.of(RejectReason.EMPTY, 2), 0,
      2048, Duration.ofSeconds(4));

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final MovableClock clock = new MovableClock();

  @Test
  void terminalGetsOneLineRedrawnInPlaceAFewTimesASecond() {
    ProgressLine line = new ProgressLine(out, true, clock);

    line.progress(progress(1, Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(50));
    line.progress(progress(2, Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(300));
    line.progress(progress(3, Duration.ofSeconds(2)));
    line.finished(SUMMARY);

    String shown = text();
    assertThat(shown).doesNotContain("2/10 files");
    assertThat(shown.split("\r")).hasSize(5);
    assertThat(shown).contains("\r1/10 files (10%), 100 B of 1000 B, 1 files/s, 9 s left");
    assertThat(shown).endsWith("\r" + SUMMARY.describe() + System.lineSeparator());
  }

  @Test
  void pipeGetsANewLineEveryFewSecondsAndNoCarriageReturns() {
    ProgressLine line = new ProgressLine(out, false, clock);

    line.progress(progress(1, Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    line.progress(progress(2, Duration.ofSeconds(2)));
    clock.advance(ProgressLine.LINE_INTERVAL);
    line.progress(progress(3, Duration.ofSeconds(7)));
    line.progress(progress(10, Duration.ofSeconds(8)));
    line.finished(SUMMARY);

    assertThat(text()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
        "3/10 files (30%), 300 B of 1000 B, 0 files/s, 16 s left",
        "10/10 files (100%), 1000 B of 1000 B, 1 files/s, 0 s left",
        SUMMARY.describe(), ""));
  }

  @Test
  void summarySaysWhatHappenedToEveryFile() {
    assertThat(SUMMARY.describe()).isEqualTo("10 files (2.0 KiB) in 4 s: 7 accepted, 1 duplicate, 2 rejected (EMPTY 2)");
    assertThat(new BackfillSummary(10, 5, 0, Map.of(), 5, 0, Duration.ofMinutes(2)).describe())
        .contains("in 2:00").contains("5 not published").contains("run again");
  }

  @Test
  void sizesAndDurationsReadEasily() {
    assertThat(ProgressLine.bytes(512)).isEqualTo("512 B");
    assertThat(ProgressLine.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GiB");
    assertThat(ProgressLine.duration(Duration.ofSeconds(3_723))).isEqualTo("1:02:03");
  }

  private static BackfillProgress progress(int done, Duration elapsed) {
    return new BackfillProgress(done, 10, done * 100L, 1000, elapsed);
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static final class MovableClock extends Clock {
    private Instant now = START;

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
