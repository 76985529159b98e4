package tulpar.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.schemas.Alert;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.FailedAlert;
import tulpar.schemas.Topics;

/**
 * Writes what became of an attempt: a {@link DeliveryReceipt} on {@code tulpar.deliveries} for each alert it
 * carried and, when it failed for good, a {@link FailedAlert} per alert on the dead-letter topic. A final outcome
 * finishes the attempt's tickets only once Kafka has acknowledged it, so an unrecorded outcome is never
 * committed past.
 *
 * <p>A delivery, the common case, does not wait for that acknowledgement: its tickets finish in the producer's
 * callback, and the subscription's next notification goes out meanwhile. Waiting made one subscriber's alerts
 * one Kafka round trip apart (under 60 alerts/s in {@code tulpar bench}). If Kafka refuses the receipt, the
 * tickets stay unfinished, the offsets are not committed past them, and the alerts are delivered again after a
 * restart, under the same ids.
 */
final class OutcomeRecorder {

  private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

  /** An attempt that was made, with what it took. */
  record Tried(Attempt attempt, Channel channel, SendResult result, Instant startedAt, Duration took) {}

  private final TopicWriter writer;
  private final Clock clock;
  private final AlertsMetrics metrics;
  private final Consumer<Exception> recordingFailed;

  OutcomeRecorder(TopicWriter writer, Clock clock, AlertsMetrics metrics, Consumer<Exception> recordingFailed) {
    this.writer = writer;
    this.clock = clock;
    this.metrics = metrics;
    this.recordingFailed = recordingFailed;
  }

  void delivered(Tried tried) {
    List<Alert> alerts = tried.attempt().notification().alerts();
    AtomicInteger unacknowledged = new AtomicInteger(alerts.size());
    AtomicBoolean refused = new AtomicBoolean();
    Callback whenAcknowledged = (metadata, error) -> {
      if (error != null) {
        if (refused.compareAndSet(false, true)) {
          recordingFailed.accept(error);
        }
      } else if (unacknowledged.decrementAndGet() == 0 && !refused.get()) {
        count(tried, DeliveryOutcome.DELIVERED);
        tried.attempt().finish();
      }
    };
    for (Alert alert : alerts) {
      writer.send(Topics.DELIVERIES, alert.getId(), receipt(tried, alert, DeliveryOutcome.DELIVERED),
          whenAcknowledged);
    }
  }

  /** Waits for the deliveries' receipts still on their way, so their tickets are finished before a last commit. */
  void awaitReceipts() {
    writer.flush();
  }

  void retrying(Tried tried) {
    writer.awaitAll(receipts(tried, DeliveryOutcome.RETRYING));
    count(tried, DeliveryOutcome.RETRYING);
  }

  void failed(Tried tried, DeliveryOutcome outcome) {
    Attempt attempt = tried.attempt();
    List<Future<RecordMetadata>> writes = receipts(tried, outcome);
    Instant failedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    for (Alert alert : attempt.notification().alerts()) {
      writes.add(writer.send(Topics.ALERTS_DEAD_LETTER, alert.getId(), FailedAlert.newBuilder()
          .setAlert(alert)
          .setAttempts(attempt.number())
          .setLastFailure(tried.result().detail())
          .setFailedAt(failedAt)
          .build()));
    }
    writer.awaitAll(writes);
    count(tried, outcome);
    attempt.finish();
    log.info("Notification {} for subscription {} dead-lettered after {} attempt(s): {}", attempt.notification().id(),
        attempt.subscriptionId(), attempt.number(), tried.result().detail());
  }

  private void count(Tried tried, DeliveryOutcome outcome) {
    metrics.delivery(outcome, tried.channel(), tried.attempt().notification().alerts().size());
  }

  private List<Future<RecordMetadata>> receipts(Tried tried, DeliveryOutcome outcome) {
    List<Future<RecordMetadata>> writes = new ArrayList<>();
    for (Alert alert : tried.attempt().notification().alerts()) {
      writes.add(writer.send(Topics.DELIVERIES, alert.getId(), receipt(tried, alert, outcome)));
    }
    return writes;
  }

  private static DeliveryReceipt receipt(Tried tried, Alert alert, DeliveryOutcome outcome) {
    SendResult result = tried.result();
    return DeliveryReceipt.newBuilder()
        .setAlertId(alert.getId())
        .setSubscriptionId(tried.attempt().subscriptionId())
        .setChannel(tried.channel())
        .setAttempt(tried.attempt().number())
        .setOutcome(outcome)
        .setStatusCode(result.statusCode())
        .setError(result.detail().isEmpty() ? null : result.detail())
        .setAttemptedAt(tried.startedAt().truncatedTo(ChronoUnit.MILLIS))
        .setDurationMillis(tried.took().toMillis())
        .build();
  }
}
