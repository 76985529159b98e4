package tulpar.ingest;

import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import tulpar.ingest.article.BadArticleException;
import tulpar.schemas.RejectReason;

/**
 * Why the HTTP API did not take an article, as its answer: the status, the reason code when there is one, and a
 * message for the sender. Shared by the single and the batch endpoint, so both answer alike.
 */
record Refusal(HttpStatus status, RejectReason reason, String error) {

  /** Bad input: 413 when too large, 400 otherwise. */
  static Refusal of(BadArticleException e) {
    return new Refusal(e.reason() == RejectReason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
        e.reason(), e.getMessage());
  }

  /** A good article the broker did not take: too large for the topic (413), or not now (503). */
  static Refusal unpublished(Throwable failure, Duration publishTimeout) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof RecordTooLargeException) {
      return new Refusal(HttpStatus.CONTENT_TOO_LARGE, RejectReason.TOO_LARGE,
          "Kafka refused the article as larger than the topic takes (max.message.bytes): shorten it.");
    }
    String why = cause instanceof TimeoutException ? "no acknowledgement within " + publishTimeout : cause.getMessage();
    return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, null,
        "The article could not be stored in Kafka just now (" + why + "): try again later.");
  }

  /** The JSON answer: {@code error}, and {@code reason} when the input was at fault. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    if (reason != null) {
      body.put("reason", reason.name());
    }
    return body;
  }
}
