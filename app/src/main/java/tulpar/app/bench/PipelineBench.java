package tulpar.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.ingest.ArticlePublisher;
import tulpar.schemas.Article;
import tulpar.servicekit.KafkaSettings;

/**
 * The pipeline under load, against a running Tulpar (its Kafka and its HTTP API): subscribes the local webhook
 * receiver to agreements and summits, then publishes articles to {@code tulpar.articles.raw} with ingest's own
 * publisher (as ingest does after reading a file, a feed item or a POST) in three batches:
 * <ol>
 *   <li>a warm-up, until the first alerts arrive;</li>
 *   <li>the throughput batch, as fast as the publisher takes them: from the first publish until the last
 *       article is enriched and the last alert owed is received;</li>
 *   <li>the latency batch, at a fixed rate for a fixed time: publish to webhook receipt of each alert.</li>
 * </ol>
 */
final class PipelineBench {

  /** How hard and how long. */
  record Options(int articles, double rate, int latencySeconds, CorpusMix.Shares shares, long seed,
                        Duration timeout) {}

  /** What one batch did. */
  record Batch(int articles, long bodyBytes, int eventArticles, int exactDuplicates, int nearDuplicates,
               double publishSeconds, double enrichedSeconds, double seconds, long enriched, int alertsOwed,
               int alertsMissing, List<String> missingExamples, long[] latenciesMicros, long[] untilMadeMicros, int alertsReceived,
               boolean complete) {}

  private static final Logger log = LoggerFactory.getLogger(PipelineBench.class);
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);
  private static final int WARM_UP_ARTICLES = 200;
  private static final Duration QUIET = Duration.ofSeconds(2);
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);

  private final KafkaSettings kafka;
  private final int httpPort;
  private final Options options;
  private final CorpusTemplates.Loaded templates;
  private final ExpectedAlerts expected;
  private final AlertLog alerts = new AlertLog();

  PipelineBench(KafkaSettings kafka, int httpPort, Options options, CorpusTemplates.Loaded templates,
                ExpectedAlerts expected) {
    this.kafka = kafka;
    this.httpPort = httpPort;
    this.options = options;
    this.templates = templates;
    this.expected = expected;
  }

  /** The throughput batch, then the latency batch. */
  record Outcome(Batch throughput, Batch latency, int alertsReceived, long repeatedDeliveries, int events,
                 int eventsOwed) {}

  Outcome run(String runId) throws Exception {
    CorpusMix mix = new CorpusMix(templates, options.shares(), options.seed(), runId);
    List<BenchArticle> warmUp = mix.next(WARM_UP_ARTICLES);
    List<BenchArticle> throughput = mix.next(options.articles());
    List<BenchArticle> latency = mix.next((int) Math.round(options.rate() * options.latencySeconds()));
    long tagStart = System.nanoTime();
    int warmUpBatch = expected.add(warmUp);
    int throughputBatch = expected.add(throughput);
    int latencyBatch = expected.add(latency);
    log.info("Mix of {} articles made; {} agreements and summits, {} owed alerts, found by tagging the event"
        + " articles in {} ms", warmUp.size() + throughput.size() + latency.size(), expected.events(), expected.owed(),
        (System.nanoTime() - tagStart) / 1_000_000);

    try (WebhookSink sink = WebhookSink.start(alerts);
         EnrichedCounter enriched = EnrichedCounter.start(kafka);
         ArticlePublisher publisher = new ArticlePublisher(kafka, "tulpar-bench-ingest", PUBLISH_TIMEOUT,
             Clock.systemUTC())) {
      subscribe(sink.url());
      log.info("Warm-up: {} articles", warmUp.size());
      Batch warm = measure(warmUp, expected.of(warmUpBatch), publisher, enriched, 0, Duration.ofSeconds(90));
      if (!warm.complete()) {
        log.warn("The warm-up did not finish: {} of {} enriched, {} of {} alerts missing", warm.enriched(),
            warm.articles(), warm.alertsMissing(), warm.alertsOwed());
      }
      log.info("Throughput: {} articles as fast as they go", throughput.size());
      Batch fast = measure(throughput, expected.of(throughputBatch), publisher, enriched, 0, options.timeout());
      log.info("Throughput: {} articles in {} s", fast.articles(), String.format("%.1f", fast.seconds()));
      settle();
      log.info("Latency: {} articles at {}/s", latency.size(), options.rate());
      Batch paced = measure(latency, expected.of(latencyBatch), publisher, enriched, options.rate(),
          options.timeout());
      return new Outcome(fast, paced, alerts.alerts(), alerts.repeatedDeliveries(), expected.events(),
          expected.owed());
    }
  }

  /**
   * Publishes a batch (at {@code rate} per second, or as fast as it goes when 0) and waits until all of it is
   * enriched and every alert it owes has arrived, or the timeout.
   */
  private Batch measure(List<BenchArticle> batch, Set<String> owed, ArticlePublisher publisher,
                        EnrichedCounter enriched, double rate, Duration timeout) throws InterruptedException {
    long target = enriched.count() + batch.size();
    List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
    Set<String> ids = new HashSet<>();
    long start = System.nanoTime();
    for (int i = 0; i < batch.size(); i++) {
      if (rate > 0) {
        long due = start + (long) (i * 1e9 / rate);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
      }
      Article article = batch.get(i).article();
      if (batch.get(i).kind() != BenchArticle.Kind.EXACT_DUPLICATE) {
        ids.add(article.getId());
      }
      alerts.published(article.getId(), System.nanoTime(), System.currentTimeMillis());
      acks.add(publisher.publish(Article.newBuilder(article)
          .setReceivedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build()));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(PUBLISH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Publishing the bench's articles failed: " + e.getMessage(), e);
    }
    long published = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long enrichedAt = enriched.awaitCount(target, deadline);
    // Only what is still awaited is checked again, and not too often: the bench must not eat the pipeline's CPU.
    Set<String> awaited = new HashSet<>(owed);
    while (System.nanoTime() < deadline) {
      awaited.removeIf(alerts::hasAlertFor);
      if (awaited.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    }
    List<String> missing = alerts.missing(owed);
    boolean complete = enrichedAt > 0 && missing.isEmpty();
    long end = complete ? Math.max(enrichedAt, alerts.lastFirstArrival(owed)) : System.nanoTime();
    long bodyBytes = batch.stream().mapToLong(a -> a.article().getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    return new Batch(batch.size(), bodyBytes, count(batch, BenchArticle.Kind.EVENT),
        count(batch, BenchArticle.Kind.EXACT_DUPLICATE), count(batch, BenchArticle.Kind.NEAR_DUPLICATE),
        (published - start) / 1e9, enrichedAt > 0 ? (enrichedAt - start) / 1e9 : Double.NaN, (end - start) / 1e9,
        enriched.count() - (target - batch.size()), owed.size(), missing.size(),
        missing.stream().limit(5).toList(), alerts.latenciesMicros(ids), alerts.untilMadeMicros(ids), alerts.receivedBetween(start, end), complete);
  }

  /**
   * Waits until no alert has come for {@link #QUIET}, at most {@link #SETTLE_LIMIT}: the alerts a batch does not
   * owe (status changes, events also mentioned as old news) may still be on their way, and the latency batch
   * should not queue behind them.
   */
  private void settle() throws InterruptedException {
    long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
    while (System.nanoTime() < limit && System.nanoTime() - alerts.lastReceivedNanos() < QUIET.toNanos()) {
      Thread.sleep(100);
    }
  }

  private static int count(List<BenchArticle> batch, BenchArticle.Kind kind) {
    return (int) batch.stream().filter(a -> a.kind() == kind).count();
  }

  /** Subscribes the receiver to every agreement and summit, and waits until the subscription is in force. */
  private void subscribe(String target) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String api = "http://localhost:" + httpPort + "/api/v1/subscriptions";
    String body = "{\"channel\": \"webhook\", \"target\": \"" + target + "\","
        + " \"filter\": {\"eventTypes\": [\"AGREEMENT\", \"SUMMIT\"]}}";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> created;
    do {
      created = http.send(HttpRequest.newBuilder(URI.create(api)).header("content-type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() == 201) {
        break;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Cannot subscribe the bench's webhook receiver: " + created.statusCode() + " "
          + created.body());
    }
    String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(created.body())
        .path("id").asText();
    while (http.send(HttpRequest.newBuilder(URI.create(api + "/" + id)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The bench's subscription " + id + " did not come into force");
      }
      Thread.sleep(100);
    }
  }
}
