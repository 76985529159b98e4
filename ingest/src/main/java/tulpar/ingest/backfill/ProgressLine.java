package tulpar.ingest.backfill;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows a backfill's progress on one line: "1,234/5,000 files (24%), 12.3 MiB of 50.0 MiB, 410 files/s, 9 s
 * left". On a terminal the line is redrawn in place (carriage return) a few times a second; written to a file
 * or a pipe, where carriage returns would pile up, a new line is printed every few seconds instead. The summary
 * ends it.
 */
public final class ProgressLine implements BackfillListener {

  static final Duration REDRAW_INTERVAL = Duration.ofMillis(200);
  static final Duration LINE_INTERVAL = Duration.ofSeconds(5);
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  private final PrintStream out;
  private final boolean terminal;
  private final Clock clock;
  private Instant lastShown;
  private int drawnWidth;

  ProgressLine(PrintStream out, boolean terminal, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  /** A progress line on {@code out}, redrawn in place when this process has a terminal ({@link System#console()}). */
  public static ProgressLine on(PrintStream out) {
    return new ProgressLine(out, System.console() != null, Clock.systemUTC());
  }

  @Override
  public void progress(BackfillProgress progress) {
    Instant now = clock.instant();
    if (lastShown == null) {
      lastShown = now;
      if (!terminal) {
        return; // a pipe gets its first line after an interval, so a short backfill prints only its summary
      }
    } else if (now.isBefore(lastShown.plus(terminal ? REDRAW_INTERVAL : LINE_INTERVAL))
        && progress.filesDone() < progress.filesTotal()) {
      return;
    }
    lastShown = now;
    String line = line(progress);
    if (terminal) {
      out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      drawnWidth = line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  @Override
  public void finished(BackfillSummary summary) {
    if (terminal && drawnWidth > 0) {
      out.print("\r" + " ".repeat(drawnWidth) + "\r");
    }
    out.println(summary.describe());
    out.flush();
  }

  static String line(BackfillProgress progress) {
    int percent = progress.filesTotal() == 0 ? 100 : (int) (100L * progress.filesDone() / progress.filesTotal());
    return String.format(Locale.ROOT, "%,d/%,d files (%d%%), %s of %s, %,.0f files/s%s", progress.filesDone(),
        progress.filesTotal(), percent, bytes(progress.bytesDone()), bytes(progress.bytesTotal()),
        progress.filesPerSecond(), progress.remaining().map(left -> ", " + duration(left) + " left").orElse(""));
  }

  static String bytes(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** "9 s", "4:05", "1:02:03". */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    return seconds < 3600
        ? String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
