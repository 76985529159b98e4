package tulpar.ingest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * {@code POST /api/v1/articles}: one article as JSON, checked by the same normaliser as files and feeds. 202
 * with the id (and any repairs, such as HTML reduced to text) once the broker has the article; 400 (413 when
 * too large) with the reason otherwise. A refused request is
 * answered, not put on tulpar.articles.rejected: its sender is there to read why.
 */
final class ArticleEndpoint {

  static final String PATH = "/api/v1/articles";
  private static final Logger log = LoggerFactory.getLogger(ArticleEndpoint.class);

  private final ArticleNormaliser normaliser;
  private final Function<Article, CompletableFuture<RecordMetadata>> publisher;
  private final Duration publishTimeout;
  private final IngestMetrics metrics;
  private final Clock clock;

  ArticleEndpoint(ArticleNormaliser normaliser, Function<Article, CompletableFuture<RecordMetadata>> publisher,
                  Duration publishTimeout, IngestMetrics metrics, Clock clock) {
    this.normaliser = normaliser;
    this.publisher = publisher;
    this.publishTimeout = publishTimeout;
    this.metrics = metrics;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post(PATH, this::accept);
  }

  private void accept(Context ctx) {
    Normalised normalised;
    try {
      normalised = normaliser.normaliseNoting(ArticleJson.draft(ctx.bodyAsBytes()), Origin.http(clock.instant()));
    } catch (BadArticleException e) {
      Refusal refusal = Refusal.of(e);
      count(refusal);
      ctx.status(refusal.status()).json(refusal.body());
      return;
    }
    Article article = normalised.article();
    ctx.future(() -> publisher.apply(article)
        .orTimeout(publishTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((metadata, failure) -> {
          if (failure == null) {
            metrics.ingested(IngestMetrics.Source.HTTP);
            ctx.status(HttpStatus.ACCEPTED).json(accepted(normalised));
          } else {
            Refusal refusal = Refusal.unpublished(failure, publishTimeout);
            count(refusal);
            if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE) {
              log.warn("Cannot publish article {} from HTTP: {}", article.getId(), refusal.error());
            }
            ctx.status(refusal.status()).json(refusal.body());
          }
          return null;
        }));
  }

  /** A refusal with a reason code is a rejection; one without (the broker is away) is not the input's fault. */
  private void count(Refusal refusal) {
    if (refusal.reason() != null) {
      metrics.rejected(IngestMetrics.Source.HTTP, refusal.reason());
    }
  }

  /** {@code {"id": …}}, with the {@code repairs} made on the way when there were any. */
  static Map<String, Object> accepted(Normalised normalised) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", normalised.article().getId());
    if (!normalised.repairs().isEmpty()) {
      answer.put("repairs", normalised.repairs());
    }
    return answer;
  }
}
