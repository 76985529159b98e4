package tulpar.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.delivery.OffsetTracker.Ticket;
import tulpar.alerts.delivery.OutcomeRecorder.Tried;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Alert;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.Subscription;

/**
 * Takes each alert to its subscriber: at once, or gathered into the subscription's digest. Each notification
 * goes through its attempts: send through the subscription's channel, record the outcome (the
 * {@link OutcomeRecorder}), then finish, retry on the {@link RetryPolicy}, or dead-letter.
 *
 * <p>Attempts run on a bounded pool, one at a time per subscription and a few at a time per endpoint, so a slow
 * receiver holds one thread and a slow host a few, never the whole pool. An endpoint whose circuit is open (the
 * {@link CircuitBreakers}) gets no attempts until its cool-down ends; they wait without using up their retries.
 * Waiting attempts are timers, not threads.
 */
public final class DeliveryDispatcher {

  private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
  /** How often due digests are looked for: the lateness of a digest after its hour or day ends. */
  private static final Duration DIGEST_CHECK = Duration.ofSeconds(1);

  private final SubscriptionStore subscriptions;
  private final Map<Channel, AlertChannel> channels;
  private final RetryPolicy retries;
  private final CircuitBreakers breakers;
  private final DigestGatherer digests;
  private final OutcomeRecorder recorder;
  private final Clock clock;
  private final AlertsMetrics metrics;
  private final KeyedSerialExecutor attempts;
  private final ScheduledExecutorService timers;
  private volatile boolean closing;
  private volatile String recordingFailure;

  /**
   * @param threads     attempts made at the same time
   * @param perEndpoint attempts made at the same time to one endpoint
   */
  public DeliveryDispatcher(SubscriptionStore subscriptions, Map<Channel, AlertChannel> channels, RetryPolicy retries,
                            CircuitBreakers breakers, TopicWriter writer, Clock clock, int threads, int perEndpoint,
                            AlertsMetrics metrics) {
    this.subscriptions = subscriptions;
    this.channels = Map.copyOf(channels);
    this.retries = retries;
    this.breakers = breakers;
    this.digests = new DigestGatherer(clock);
    this.recorder = new OutcomeRecorder(writer, clock, metrics, this::recordingFailed);
    this.clock = clock;
    this.metrics = metrics;
    this.attempts = new KeyedSerialExecutor("alerts-delivery", threads, perEndpoint);
    this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "alerts-delivery-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts looking for due digests; the {@link DeliveryLoop} calls it when it starts consuming. */
  public void start() {
    timers.scheduleWithFixedDelay(this::sendDueDigests, DIGEST_CHECK.toMillis(), DIGEST_CHECK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Starts delivering the alert; the ticket is finished once its final outcome is recorded. */
  public void deliver(Alert alert, Ticket ticket) {
    DeliveryMode mode = subscriptions.find(alert.getSubscriptionId())
        .filter(Subscription::getEnabled)
        .map(Subscription::getDelivery)
        .orElse(DeliveryMode.IMMEDIATE); // unknown, deleted or disabled: the attempt says why it is not sent
    if (mode == DeliveryMode.IMMEDIATE) {
      Attempt first = new Attempt(Notification.of(alert), List.of(ticket), 1);
      schedule(first, retries.delayBefore(1));
    } else {
      digests.gather(alert, ticket, mode);
    }
  }

  /**
   * Sends the notification now, on the caller's thread, and says what happened. Nothing is recorded and nothing
   * retried: it is for a person checking their receiver with a test.
   */
  public SendResult sendNow(Notification notification, Subscription subscription) {
    AlertChannel channel = channels.get(subscription.getChannel());
    return channel == null ? unsupported(subscription.getChannel()) : channel.send(notification, subscription);
  }

  private void sendDueDigests() {
    try {
      for (DigestGatherer.Due due : digests.takeDue()) {
        schedule(new Attempt(due.notification(), due.tickets(), 1), retries.delayBefore(1));
      }
    } catch (RuntimeException e) {
      // An exception would cancel the periodic check for good, and with it every later digest.
      log.error("Cannot send the digests that are due; trying again in {}", DIGEST_CHECK, e);
    }
  }

  private void schedule(Attempt attempt, Duration delay) {
    Runnable enqueue = () -> attempts.submit(
        subscriptions.find(attempt.subscriptionId()).flatMap(this::endpointOf).orElse(""),
        attempt.subscriptionId(), () -> run(attempt));
    if (delay.isZero() || delay.isNegative()) {
      enqueue.run();
      return;
    }
    metrics.waiting(); // before scheduling: a short delay may have the timer fire before schedule() returns
    try {
      timers.schedule(() -> {
        metrics.due();
        enqueue.run();
      }, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      metrics.due();
      log.debug("Shutting down: notification {} is left for redelivery", attempt.notification().id());
    }
  }

  /** The endpoint the subscription's messages reach, if its channel is available here. */
  private Optional<String> endpointOf(Subscription subscription) {
    return Optional.ofNullable(channels.get(subscription.getChannel())).map(channel -> channel.endpoint(subscription));
  }

  private void run(Attempt attempt) {
    if (closing || !attempt.isLive()) {
      return; // uncommitted: redelivered by whoever consumes its partition next
    }
    Optional<Subscription> subscription = subscriptions.find(attempt.subscriptionId());
    Optional<String> endpoint = subscription.filter(Subscription::getEnabled).flatMap(this::endpointOf);
    Optional<Duration> wait = endpoint.flatMap(breakers::admit);
    if (wait.isPresent()) {
      schedule(attempt, wait.get());
      return;
    }
    Instant startedAt = clock.instant();
    long started = System.nanoTime();
    SendResult result = sendSafely(attempt, subscription);
    endpoint.ifPresent(e -> breakers.record(e, result.kind()));
    Tried tried = new Tried(attempt, subscription.map(Subscription::getChannel).orElse(Channel.OTHER), result,
        startedAt, Duration.ofNanos(System.nanoTime() - started));
    log.debug("Notification {} attempt {} to {}: {} {}", attempt.notification().id(), attempt.number(),
        attempt.subscriptionId(), result.kind(), result.detail());
    try {
      settle(tried);
    } catch (RuntimeException e) {
      // Kafka did not take the outcome. The tickets stay unfinished, so the offsets are never committed and the
      // alerts are delivered again after a restart; health reports it meanwhile.
      if (closing) {
        log.info("Shutting down: notification {} was cut off; it is delivered again after a restart",
            attempt.notification().id());
      } else {
        recordingFailure = e.getMessage();
        log.error("Cannot record the outcome of notification {}", attempt.notification().id(), e);
      }
    }
  }

  /** A channel that throws (say, on a malformed target written straight to the topic) fails the alert for good. */
  private SendResult sendSafely(Attempt attempt, Optional<Subscription> subscription) {
    try {
      return send(attempt, subscription);
    } catch (RuntimeException e) {
      log.warn("Notification {} could not be sent", attempt.notification().id(), e);
      return SendResult.permanent(null, "could not be sent: " + e.getMessage());
    }
  }

  private SendResult send(Attempt attempt, Optional<Subscription> found) {
    String id = attempt.subscriptionId();
    if (found.isEmpty()) {
      return subscriptions.wasDeleted(id)
          ? SendResult.refused("subscription " + id + " was deleted")
          // The subscription reader of this instance may trail the matcher that saw it.
          : SendResult.retryable(null, "subscription " + id + " is not known to this instance yet");
    }
    Subscription subscription = found.get();
    if (!subscription.getEnabled()) {
      return SendResult.refused("subscription " + id + " is disabled");
    }
    AlertChannel channel = channels.get(subscription.getChannel());
    return channel == null ? unsupported(subscription.getChannel()) : channel.send(attempt.notification(), subscription);
  }

  private static SendResult unsupported(Channel channel) {
    return SendResult.permanent(null, "channel " + channel + " is not configured on this instance"
        + (channel == Channel.EMAIL ? " (no SMTP server)" : ""));
  }

  private void settle(Tried tried) {
    Attempt attempt = tried.attempt();
    SendResult result = tried.result();
    switch (result.kind()) {
      case DELIVERED -> recorder.delivered(tried);
      case RETRYABLE -> {
        if (retries.allows(attempt.number() + 1)) {
          recorder.retrying(tried);
          schedule(attempt.next(), retries.delayBefore(attempt.number() + 1, result.retryAfter()));
        } else {
          recorder.failed(tried, DeliveryOutcome.FAILED);
        }
      }
      case PERMANENT -> recorder.failed(tried, DeliveryOutcome.FAILED);
      case REFUSED -> recorder.failed(tried, DeliveryOutcome.REFUSED);
      case GONE -> {
        subscriptions.disable(attempt.subscriptionId());
        log.info("Disabled subscription {}: its receiver answered {}", attempt.subscriptionId(), result.statusCode());
        recorder.failed(tried, DeliveryOutcome.FAILED);
      }
    }
  }

  private void recordingFailed(Exception e) {
    if (closing) {
      log.info("Shutting down: an outcome was not recorded; its alerts are delivered again after a restart");
    } else {
      recordingFailure = e.getMessage();
      log.error("Cannot record the outcome of a delivery; its alerts are delivered again after a restart", e);
    }
  }

  /** Why outcomes could not be recorded, if that happened. */
  public Optional<String> recordingFailure() {
    return Optional.ofNullable(recordingFailure);
  }

  /** How many endpoints have an open circuit: their attempts wait. */
  public int openCircuits() {
    return breakers.openCount();
  }

  /**
   * Stops: waiting retries and gathered digests are dropped (their alerts stay uncommitted and are delivered again
   * after a restart) and attempts already running finish and record their outcome, up to {@code grace}.
   */
  public void close(Duration grace) {
    closing = true;
    timers.shutdownNow();
    attempts.shutdown(grace);
    recorder.awaitReceipts();
  }
}
