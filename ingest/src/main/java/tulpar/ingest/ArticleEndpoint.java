package tulpar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Origin;
import tulpar.ingest.article.Text;
import tulpar.schemas.Article;
import tulpar.schemas.RejectReason;
import tulpar.servicekit.Json;

/**
 * {@code POST /api/v1/articles}: one article as JSON, checked by the same normaliser as files. 202 with the id
 * once the broker has the article; 400 (413 when too large) with the reason otherwise. A refused request is
 * answered, not put on tulpar.articles.rejected: its sender is there to read why.
 */
final class ArticleEndpoint {

  static final String PATH = "/api/v1/articles";
  private static final String FIELDS = "url, title, body, publishedAt, source and language";
  private static final Logger log = LoggerFactory.getLogger(ArticleEndpoint.class);

  private final ArticleNormaliser normaliser;
  private final Function<Article, CompletableFuture<RecordMetadata>> publisher;
  private final Duration publishTimeout;
  private final Clock clock;

  ArticleEndpoint(ArticleNormaliser normaliser, Function<Article, CompletableFuture<RecordMetadata>> publisher,
                  Duration publishTimeout, Clock clock) {
    this.normaliser = normaliser;
    this.publisher = publisher;
    this.publishTimeout = publishTimeout;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post(PATH, this::accept);
  }

  private void accept(Context ctx) {
    Article article;
    try {
      article = normaliser.normalise(draft(ctx.bodyAsBytes()), Origin.http(clock.instant()));
    } catch (BadArticleException e) {
      HttpStatus status = e.reason() == RejectReason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
      ctx.status(status).json(Map.of("error", e.getMessage(), "reason", e.reason().name()));
      return;
    }
    ctx.future(() -> publisher.apply(article)
        .orTimeout(publishTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((metadata, failure) -> {
          if (failure == null) {
            ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", article.getId()));
          } else {
            refuseUnpublished(ctx, article, failure instanceof CompletionException ? failure.getCause() : failure);
          }
          return null;
        }));
  }

  private void refuseUnpublished(Context ctx, Article article, Throwable failure) {
    if (failure instanceof RecordTooLargeException) {
      ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("reason", RejectReason.TOO_LARGE.name(), "error",
          "Kafka refused the article as larger than the topic takes (max.message.bytes): shorten it."));
      return;
    }
    String why = failure instanceof TimeoutException
        ? "no acknowledgement within " + publishTimeout
        : failure.getMessage();
    log.warn("Cannot publish article {} from HTTP: {}", article.getId(), why);
    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error",
        "The article could not be stored in Kafka just now (" + why + "): try again later."));
  }

  private static ArticleDraft draft(byte[] json) throws BadArticleException {
    try {
      ArticleDraft draft = Json.MAPPER.readValue(json, ArticleDraft.class);
      if (draft == null) {
        throw malformed("The request body is JSON null: send an object with the article's fields.");
      }
      return draft;
    } catch (UnrecognizedPropertyException e) {
      throw malformed("Unknown field " + Text.quote(e.getPropertyName()) + ": the fields are " + FIELDS + ".");
    } catch (MismatchedInputException e) {
      throw malformed(e.getPath().isEmpty()
          ? "The request body must be a JSON object with the fields " + FIELDS + "."
          : "The field " + Text.quote(e.getPath().get(e.getPath().size() - 1).getFieldName()) + " must be a string.");
    } catch (JsonProcessingException e) {
      throw malformed("The request body is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
          + "): send an object such as {\"body\": \"…\"}.");
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from memory failed", e);
    }
  }

  private static BadArticleException malformed(String message) {
    return new BadArticleException(RejectReason.MALFORMED, message);
  }
}
