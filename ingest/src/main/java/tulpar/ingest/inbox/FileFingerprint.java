package tulpar.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes an inbox file "the same file" for the ledger: its name and its content (SHA-256), not its
 * modification time, so touching or copying a file back does not ingest it again, while editing it does.
 */
public final class FileFingerprint {

  private FileFingerprint() {}

  public static String of(Path file) throws IOException {
    MessageDigest digest = sha256();
    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
