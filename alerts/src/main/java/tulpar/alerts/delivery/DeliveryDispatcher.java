package tulpar.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Alert;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.FailedAlert;
import tulpar.schemas.Subscription;
import tulpar.schemas.Topics;

/**
 * Takes each alert through its attempts: send through the subscription's channel, record a
 * {@link DeliveryReceipt} for every attempt, then finish, retry on the {@link RetryPolicy}, or dead-letter a
 * {@link FailedAlert}. An alert's ticket is finished only once its final outcome is acknowledged by Kafka.
 *
 * <p>Attempts run on a bounded pool, one at a time per subscription, so a slow receiver holds one thread and
 * delays only its own alerts. Waiting retries are timers, not threads.
 */
public final class DeliveryDispatcher {

  private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

  /** One attempt at one alert; {@code number} is 1 for the first. */
  private record Attempt(Alert alert, Ticket ticket, int number) {
    Attempt next() {
      return new Attempt(alert, ticket, number + 1);
    }

    String subscriptionId() {
      return alert.getSubscriptionId();
    }
  }

  /** An attempt that was made, with what it took. */
  private record Tried(Attempt attempt, Channel channel, SendResult result, Instant startedAt, Duration took) {
    DeliveryReceipt receipt(DeliveryOutcome outcome) {
      return DeliveryReceipt.newBuilder()
          .setAlertId(attempt.alert().getId())
          .setSubscriptionId(attempt.subscriptionId())
          .setChannel(channel)
          .setAttempt(attempt.number())
          .setOutcome(outcome)
          .setStatusCode(result.statusCode())
          .setError(result.detail().isEmpty() ? null : result.detail())
          .setAttemptedAt(startedAt.truncatedTo(ChronoUnit.MILLIS))
          .setDurationMillis(took.toMillis())
          .build();
    }
  }

  private final SubscriptionStore subscriptions;
  private final Map<Channel, AlertChannel> channels;
  private final RetryPolicy retries;
  private final TopicWriter writer;
  private final Clock clock;
  private final KeyedSerialExecutor attempts;
  private final ScheduledExecutorService timers;
  private volatile boolean closing;
  private volatile String recordingFailure;

  public DeliveryDispatcher(SubscriptionStore subscriptions, Map<Channel, AlertChannel> channels,
                            RetryPolicy retries, TopicWriter writer, Clock clock, int threads) {
    this.subscriptions = subscriptions;
    this.channels = Map.copyOf(channels);
    this.retries = retries;
    this.writer = writer;
    this.clock = clock;
    this.attempts = new KeyedSerialExecutor("alerts-delivery", threads);
    this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "alerts-retry-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts delivering the alert; the ticket is finished once its final outcome is recorded. */
  public void deliver(Alert alert, Ticket ticket) {
    schedule(new Attempt(alert, ticket, 1));
  }

  private void schedule(Attempt attempt) {
    Duration delay = retries.delayBefore(attempt.number());
    Runnable enqueue = () -> attempts.submit(attempt.subscriptionId(), () -> run(attempt));
    if (delay.isZero() || delay.isNegative()) {
      enqueue.run();
      return;
    }
    try {
      timers.schedule(enqueue, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("Shutting down: alert {} is left for redelivery", attempt.alert().getId());
    }
  }

  private void run(Attempt attempt) {
    if (closing || !attempt.ticket().isLive()) {
      return; // uncommitted: redelivered by whoever consumes its partition next
    }
    Optional<Subscription> subscription = subscriptions.find(attempt.subscriptionId());
    Instant startedAt = clock.instant();
    long started = System.nanoTime();
    SendResult result = sendSafely(attempt, subscription);
    Tried tried = new Tried(attempt, subscription.map(Subscription::getChannel).orElse(Channel.OTHER), result,
        startedAt, Duration.ofNanos(System.nanoTime() - started));
    log.debug("Alert {} attempt {} to {}: {} {}", attempt.alert().getId(), attempt.number(),
        attempt.subscriptionId(), result.kind(), result.detail());
    try {
      settle(tried);
    } catch (RuntimeException e) {
      // Kafka did not take the outcome. The ticket stays unfinished, so the offset is never committed and the
      // alert is delivered again after a restart; health reports it meanwhile.
      recordingFailure = e.getMessage();
      log.error("Cannot record the outcome of alert {}", attempt.alert().getId(), e);
    }
  }

  /** A channel that throws (say, on a malformed target written straight to the topic) fails the alert for good. */
  private SendResult sendSafely(Attempt attempt, Optional<Subscription> subscription) {
    try {
      return send(attempt, subscription);
    } catch (RuntimeException e) {
      log.warn("Alert {} could not be sent", attempt.alert().getId(), e);
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
    if (channel == null) {
      return SendResult.permanent(null, "channel " + subscription.getChannel() + " is not supported by this version");
    }
    return channel.send(attempt.alert(), subscription);
  }

  private void settle(Tried tried) {
    Attempt attempt = tried.attempt();
    switch (tried.result().kind()) {
      case DELIVERED -> {
        writer.write(Topics.DELIVERIES, attempt.alert().getId(), tried.receipt(DeliveryOutcome.DELIVERED));
        attempt.ticket().finish();
      }
      case RETRYABLE -> {
        if (retries.allows(attempt.number() + 1)) {
          writer.write(Topics.DELIVERIES, attempt.alert().getId(), tried.receipt(DeliveryOutcome.RETRYING));
          schedule(attempt.next());
        } else {
          fail(tried, DeliveryOutcome.FAILED);
        }
      }
      case PERMANENT -> fail(tried, DeliveryOutcome.FAILED);
      case REFUSED -> fail(tried, DeliveryOutcome.REFUSED);
      case GONE -> {
        subscriptions.disable(attempt.subscriptionId());
        log.info("Disabled subscription {}: its receiver answered {}", attempt.subscriptionId(),
            tried.result().statusCode());
        fail(tried, DeliveryOutcome.FAILED);
      }
    }
  }

  private void fail(Tried tried, DeliveryOutcome outcome) {
    Attempt attempt = tried.attempt();
    Alert alert = attempt.alert();
    FailedAlert failed = FailedAlert.newBuilder()
        .setAlert(alert)
        .setAttempts(attempt.number())
        .setLastFailure(tried.result().detail())
        .setFailedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .build();
    writer.awaitAll(List.of(
        writer.send(Topics.DELIVERIES, alert.getId(), tried.receipt(outcome)),
        writer.send(Topics.ALERTS_DEAD_LETTER, alert.getId(), failed)));
    attempt.ticket().finish();
    log.info("Alert {} for subscription {} dead-lettered after {} attempt(s): {}", alert.getId(),
        attempt.subscriptionId(), attempt.number(), tried.result().detail());
  }

  /** Why outcomes could not be recorded, if that happened. */
  public Optional<String> recordingFailure() {
    return Optional.ofNullable(recordingFailure);
  }

  /**
   * Stops: waiting retries are dropped (their alerts stay uncommitted and are delivered again after a restart)
   * and attempts already running finish and record their outcome, up to {@code grace}.
   */
  public void close(Duration grace) {
    closing = true;
    timers.shutdownNow();
    attempts.shutdown(grace);
  }
}
