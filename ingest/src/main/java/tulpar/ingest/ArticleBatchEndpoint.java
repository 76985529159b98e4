package tulpar.ingest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Normalised;
import tulpar.ingest.article.Origin;
import tulpar.schemas.Article;
import tulpar.schemas.RejectReason;
import tulpar.servicekit.HttpApi;

/**
 * {@code POST /api/v1/articles:batch}: many articles as NDJSON, one JSON object a line, each checked and published
 * as if POSTed alone. A batch is never all-or-nothing: the answer is 202 with one result per non-empty line,
 * {@code {"line": n, "id": …}} or {@code {"line": n, "status": 400|413|503, "reason": …, "error": …}}, and the
 * good lines are published whatever the others hold. Only a batch that is not NDJSON (415) or over
 * {@link #MAX_BATCH_BYTES} (413) is refused whole. Lines are numbered from 1, empty lines counted, so a
 * number points at the sender's own line.
 */
final class ArticleBatchEndpoint {

  /** Javalin's path syntax leaves ':' alone, so the literal path routes as written. */
  static final String PATH = "/api/v1/articles:batch";
  static final long MAX_BATCH_BYTES = HttpApi.MAX_REQUEST_BYTES;
  static final Set<String> CONTENT_TYPES = Set.of("application/x-ndjson", "application/jsonl");
  /** Room for the fields around the body. */
  static final int LINE_OVERHEAD_BYTES = 64 * 1024;
  /**
   * JSON writers may escape every character of the body as {@code \}{@code uXXXX}, six bytes each, so a body
   * within the limit can take up to six times its size on the line.
   */
  static final int ESCAPE_FACTOR = 6;
  private static final Logger log = LoggerFactory.getLogger(ArticleBatchEndpoint.class);

  private final ArticleNormaliser normaliser;
  private final Function<Article, CompletableFuture<RecordMetadata>> publisher;
  private final Duration publishTimeout;
  private final long maxLineBytes;
  private final IngestMetrics metrics;
  private final Clock clock;

  ArticleBatchEndpoint(ArticleNormaliser normaliser, Function<Article, CompletableFuture<RecordMetadata>> publisher,
                       Duration publishTimeout, long maxBodyBytes, IngestMetrics metrics, Clock clock) {
    this.normaliser = normaliser;
    this.publisher = publisher;
    this.publishTimeout = publishTimeout;
    this.maxLineBytes = maxBodyBytes * ESCAPE_FACTOR + LINE_OVERHEAD_BYTES;
    this.metrics = metrics;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post(PATH, this::accept);
  }

  private void accept(Context ctx) {
    if (!isNdjson(ctx.contentType())) {
      ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json(Map.of("error", "Send the batch as NDJSON, one article"
          + " object a line, with Content-Type application/x-ndjson or application/jsonl."));
      return;
    }
    if (ctx.contentLength() > MAX_BATCH_BYTES) {
      refuseWhole(ctx, ctx.contentLength());
      return;
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BATCH_BYTES) {
      refuseWhole(ctx, body.length);
      return;
    }
    List<LineResult> results = new ArrayList<>();
    int lineNumber = 0;
    for (int start = 0; start < body.length; ) {
      int end = indexOf(body, (byte) '\n', start);
      lineNumber++;
      byte[] line = withoutCarriageReturn(Arrays.copyOfRange(body, start, end));
      if (!isBlank(line)) {
        results.add(read(lineNumber, line));
      }
      start = end + 1;
    }
    // Every line's outcome completes normally, a failed publish included, so the answer waits for them all.
    CompletableFuture<?>[] publishing = results.stream().map(LineResult::outcome).toArray(CompletableFuture[]::new);
    ctx.future(() -> CompletableFuture.allOf(publishing)
        .thenRun(() -> ctx.status(HttpStatus.ACCEPTED).json(answer(results))));
  }

  /** One line checked and, when good, sent; its outcome completes with the JSON result of the line. */
  private LineResult read(int lineNumber, byte[] line) {
    if (line.length > maxLineBytes) {
      return refused(lineNumber, new Refusal(HttpStatus.CONTENT_TOO_LARGE, RejectReason.TOO_LARGE,
          String.format(Locale.ROOT, "The line is %,d bytes, over the limit of %,d bytes a line: split the"
              + " article, or send it as UTF-8 text rather than \\u escapes.", line.length, maxLineBytes)));
    }
    Normalised normalised;
    try {
      normalised = normaliser.normaliseNoting(ArticleJson.draft(line), Origin.http(clock.instant()));
    } catch (BadArticleException e) {
      return refused(lineNumber, Refusal.of(e));
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("line", lineNumber);
    accepted.putAll(ArticleEndpoint.accepted(normalised));
    CompletableFuture<Map<String, Object>> outcome = publisher.apply(normalised.article())
        .orTimeout(publishTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((metadata, failure) -> {
          if (failure == null) {
            metrics.ingested(IngestMetrics.Source.HTTP);
            return accepted;
          }
          Refusal refusal = Refusal.unpublished(failure, publishTimeout);
          count(refusal);
          return LineResult.json(lineNumber, refusal);
        });
    return new LineResult(outcome);
  }

  private LineResult refused(int lineNumber, Refusal refusal) {
    count(refusal);
    return LineResult.refused(lineNumber, refusal);
  }

  /** A refusal with a reason code is a rejection; one without (the broker is away) is not the line's fault. */
  private void count(Refusal refusal) {
    if (refusal.reason() != null) {
      metrics.rejected(IngestMetrics.Source.HTTP, refusal.reason());
    }
  }

  private Map<String, Object> answer(List<LineResult> results) {
    List<Map<String, Object>> lines = results.stream().map(result -> result.outcome().join()).toList();
    long accepted = lines.stream().filter(line -> line.containsKey("id")).count();
    List<Object> unavailable = lines.stream()
        .filter(line -> Integer.valueOf(HttpStatus.SERVICE_UNAVAILABLE.getCode()).equals(line.get("status")))
        .map(line -> line.get("error"))
        .toList();
    if (!unavailable.isEmpty()) {
      // One line for the batch: a broker outage would otherwise log every line of every batch.
      log.warn("Cannot publish {} of the {} articles of a batch from HTTP: {}", unavailable.size(), lines.size(),
          unavailable.get(0));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("accepted", accepted);
    answer.put("refused", lines.size() - accepted);
    answer.put("results", lines);
    return answer;
  }

  private static void refuseWhole(Context ctx, long size) {
    ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("reason", RejectReason.TOO_LARGE.name(), "error",
        String.format(Locale.ROOT, "The batch is %,d bytes, over the limit of %,d bytes: send it in smaller"
            + " batches.", size, MAX_BATCH_BYTES)));
  }

  private static boolean isNdjson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
    return CONTENT_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }

  private static byte[] withoutCarriageReturn(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A line's result, once its publishing (if any) is over. */
  private record LineResult(CompletableFuture<Map<String, Object>> outcome) {

    static LineResult refused(int lineNumber, Refusal refusal) {
      return new LineResult(CompletableFuture.completedFuture(json(lineNumber, refusal)));
    }

    static Map<String, Object> json(int lineNumber, Refusal refusal) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("line", lineNumber);
      json.put("status", refusal.status().getCode());
      json.putAll(refusal.body());
      return json;
    }
  }
}
