package tulpar.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import tulpar.ingest.article.BadArticleException;
import tulpar.schemas.RejectReason;
import tulpar.schemas.RejectedArticle;

/**
 * An input that did not become an article: where it came from, why, what to do about it, and its first bytes
 * (at most {@link #ORIGINAL_CAP} of them) with its full size, so the record stays small whatever arrived.
 */
public record Rejection(String sourceRef, RejectReason reason, String message, byte[] original, long originalSize,
                        Instant rejectedAt) implements ParseResult {

  public static final int ORIGINAL_CAP = 64 * 1024;

  public Rejection {
    Objects.requireNonNull(sourceRef, "sourceRef");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
    original = Arrays.copyOf(original, Math.min(original.length, ORIGINAL_CAP));
  }

  public static Rejection of(String sourceRef, BadArticleException why, byte[] input, long inputSize, Instant at) {
    return new Rejection(sourceRef, why.reason(), why.getMessage(), input, inputSize, at);
  }

  @Override
  public byte[] original() {
    return original.clone();
  }

  public RejectedArticle toRecord() {
    return RejectedArticle.newBuilder()
        .setSourceRef(sourceRef)
        .setReason(reason)
        .setMessage(message)
        .setOriginal(ByteBuffer.wrap(original.clone()))
        .setOriginalSize(originalSize)
        .setRejectedAt(rejectedAt.truncatedTo(ChronoUnit.MILLIS))
        .build();
  }
}
