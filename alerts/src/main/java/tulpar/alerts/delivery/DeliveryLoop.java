package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.delivery.OffsetTracker.Ticket;
import tulpar.alerts.kafka.ConsumerLoop;
import tulpar.alerts.kafka.RecordDecoder;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Alert;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Consumes {@code tulpar.alerts} in the group {@value #GROUP_ID} and hands each alert to the
 * {@link DeliveryDispatcher}. The loop never waits for a delivery, so it keeps polling (and keeps its group
 * membership) however slow receivers are; it commits an offset only once every alert before it has its outcome
 * recorded. With {@code maxUnfinished} alerts under way it pauses its partitions until some finish.
 */
public final class DeliveryLoop extends ConsumerLoop {

  public static final String GROUP_ID = "tulpar-alerts-delivery";
  private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);

  private final KafkaSettings kafka;
  private final SubscriptionStore subscriptions;
  private final DeliveryDispatcher dispatcher;
  private final Duration drainGrace;
  private final int maxUnfinished;
  private final AlertsMetrics metrics;
  private final OffsetTracker tracker = new OffsetTracker();
  private final RecordDecoder<Alert> decoder = new RecordDecoder<>(Topics.ALERTS);

  /** The loop owns the dispatcher: closing the loop drains and closes it before the last commit. */
  public DeliveryLoop(KafkaSettings kafka, SubscriptionStore subscriptions, DeliveryDispatcher dispatcher,
                      Duration drainGrace, int maxUnfinished, AlertsMetrics metrics) {
    super("alerts-delivery-consumer");
    this.kafka = kafka;
    this.subscriptions = subscriptions;
    this.dispatcher = dispatcher;
    this.drainGrace = drainGrace;
    this.maxUnfinished = maxUnfinished;
    this.metrics = metrics;
  }

  @Override
  protected void run() {
    while (running() && !subscriptions.awaitLoaded(POLL_TIMEOUT)) {
      log.debug("Waiting for subscriptions to load");
    }
    try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumer(GROUP_ID),
        new StringDeserializer(), new ByteArrayDeserializer());
         AlertsMetrics.ClientMeters meters = metrics.bind(consumer)) {
      consumer.subscribe(List.of(Topics.ALERTS.name()), new Rebalance(consumer));
      dispatcher.start();
      try {
        while (running()) {
          consumer.poll(POLL_TIMEOUT).forEach(this::dispatch);
          commitFinished(consumer);
          applyBackpressure(consumer);
        }
      } finally {
        dispatcher.close(drainGrace);
      }
      commitFinished(consumer);
    }
  }

  private void dispatch(ConsumerRecord<String, byte[]> record) {
    Ticket ticket = tracker.track(new TopicPartition(record.topic(), record.partition()), record.offset());
    decoder.decode(record).ifPresentOrElse(alert -> dispatcher.deliver(alert, ticket), ticket::finish);
  }

  private void commitFinished(Consumer<String, byte[]> consumer) {
    Map<TopicPartition, OffsetAndMetadata> offsets = tracker.committable();
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets);
      tracker.committed(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      log.info("Could not commit delivered alerts during a rebalance; their next owner may deliver them again: {}",
          e.getMessage());
    }
  }

  private void applyBackpressure(Consumer<String, byte[]> consumer) {
    if (tracker.unfinishedCount() >= maxUnfinished) {
      if (consumer.paused().isEmpty()) {
        log.info("{} alerts under way: pausing consumption until some finish", maxUnfinished);
      }
      consumer.pause(consumer.assignment());
    } else if (!consumer.paused().isEmpty()) {
      consumer.resume(consumer.paused());
    }
  }

  public long skippedRecords() {
    return decoder.skipped();
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    private final Consumer<String, byte[]> consumer;

    Rebalance(Consumer<String, byte[]> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      commitFinished(consumer);
      // Alerts still under way for these partitions stop at their next attempt; the new owner redelivers them.
      tracker.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      tracker.forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      markReady();
    }
  }
}
