package tulpar.ingest.inbox;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fingerprints (SHA-256, hex) of the inputs already published, one per line in an append-only file, so a
 * restart does not publish them again: inbox and backfilled files ({@link FileFingerprint}) in one ledger, feed
 * entries in another. A line is written (and forced to disk) only after the broker acknowledged the record; a
 * crash in between publishes the input once more on restart, which the stable article id makes harmless
 * downstream.
 */
public final class IngestedLedger implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(IngestedLedger.class);
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  private final Set<String> fingerprints;
  private final FileChannel appender;

  private IngestedLedger(Set<String> fingerprints, FileChannel appender) {
    this.fingerprints = fingerprints;
    this.appender = appender;
  }

  public static IngestedLedger open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    // ISO-8859-1 reads any byte, so a damaged file is read as far as it makes sense instead of failing.
    String content = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    // A crash while appending can leave a torn last line: the file it stood for is simply read again.
    Set<String> known = content.lines()
        .filter(line -> FINGERPRINT.matcher(line).matches())
        .collect(Collectors.toCollection(HashSet::new));
    log.debug("Ledger {} remembers {} ingested files", file, known.size());
    FileChannel appender = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    if (!content.isEmpty() && !content.endsWith("\n")) {
      try {
        write(appender, "\n"); // ends the torn line, so the next fingerprint starts a line of its own
      } catch (IOException e) {
        appender.close();
        throw e;
      }
    }
    return new IngestedLedger(known, appender);
  }

  private static void write(FileChannel channel, String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  public synchronized boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  public synchronized void record(String fingerprint) throws IOException {
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("not a SHA-256 fingerprint: " + fingerprint);
    }
    if (!fingerprints.contains(fingerprint)) {
      write(appender, fingerprint + "\n");
      appender.force(false);
      fingerprints.add(fingerprint);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    appender.close();
  }
}
