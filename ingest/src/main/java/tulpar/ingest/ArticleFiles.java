package tulpar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tulpar.ingest.article.ArticleBytes;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.ArticleFileFormat;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Normalised;
import tulpar.ingest.article.Origin;
import tulpar.schemas.RejectReason;

/**
 * Reads one article file (either form of DESIGN.md, in UTF-8 or an encoding {@link ArticleBytes} can tell) into
 * an article or a rejection. Needs no Kafka: the
 * watched directory and the offline {@code tag} command both read files through here. Never throws for bad
 * content or an unreadable file; that becomes a {@link Rejection}.
 */
public final class ArticleFiles {

  /** Room for a header block on top of the body limit, so that only the body counts against the limit. */
  static final int HEADER_ALLOWANCE_BYTES = 64 * 1024;

  private final long maxBodyBytes;
  private final Clock clock;
  private final ArticleNormaliser normaliser;

  public ArticleFiles(long maxBodyBytes, Clock clock) {
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
    this.normaliser = new ArticleNormaliser(maxBodyBytes, clock);
  }

  /** Reads a file with the default body limit ({@link IngestConfig#DEFAULT_MAX_BODY_BYTES}). */
  public static ParseResult read(Path file, Clock clock) {
    return new ArticleFiles(IngestConfig.DEFAULT_MAX_BODY_BYTES, clock).read(file);
  }

  /** The key of a file's rejection on tulpar.articles.rejected. */
  public static String sourceRef(Path file) {
    return "file:" + file;
  }

  public ParseResult read(Path file) {
    try {
      long size = Files.size(file);
      if (size > maxBodyBytes + HEADER_ALLOWANCE_BYTES) {
        return reject(file, RejectReason.TOO_LARGE, String.format(Locale.ROOT, "The file is %,d bytes, more than"
            + " the body limit of %,d bytes and room for a header: split the article, or raise ingest's body"
            + " limit (maxBodyBytes).", size, maxBodyBytes), firstBytes(file), size);
      }
      byte[] bytes = Files.readAllBytes(file);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      try {
        ArticleBytes.Decoded decoded = ArticleBytes.decode(bytes);
        ArticleDraft draft = ArticleFileFormat.parse(decoded.text());
        Normalised normalised = normaliser.normaliseNoting(draft, Origin.file(file, modified));
        List<String> repairs = new ArrayList<>();
        decoded.repair().ifPresent(repairs::add);
        repairs.addAll(normalised.repairs());
        return new ParseResult.Accepted(normalised.article(), repairs);
      } catch (BadArticleException e) {
        return Rejection.of(sourceRef(file), e, bytes, bytes.length, clock.instant());
      }
    } catch (NoSuchFileException e) {
      return reject(file, RejectReason.OTHER, "The file does not exist (any more): check the path.", new byte[0], 0);
    } catch (IOException e) {
      return reject(file, RejectReason.OTHER, "The file cannot be read (" + e + "): check that it is a readable"
          + " file and that Tulpar's user may read it.", new byte[0], 0);
    }
  }

  private Rejection reject(Path file, RejectReason reason, String message, byte[] original, long size) {
    return new Rejection(sourceRef(file), reason, message, original, size, clock.instant());
  }

  private static byte[] firstBytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Rejection.ORIGINAL_CAP);
    }
  }
}
