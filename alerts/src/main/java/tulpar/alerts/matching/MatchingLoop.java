package tulpar.alerts.matching;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.ConsumerLoop;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.kafka.RecordDecoder;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.metrics.AlertsMetrics;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Alert;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.Subscription;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Turns event changes into alerts: consumes {@code tulpar.events} in the group {@value #GROUP_ID} and, for an
 * event that is new or changed status, writes one {@link Alert} per matching subscription to
 * {@code tulpar.alerts}. Offsets are committed only after every alert of the batch is acknowledged, so a crash
 * repeats alerts (with the same ids) but never loses one.
 */
public final class MatchingLoop extends ConsumerLoop {

  public static final String GROUP_ID = "tulpar-alerts-matcher";
  private static final Logger log = LoggerFactory.getLogger(MatchingLoop.class);

  private final KafkaSettings kafka;
  private final SubscriptionStore subscriptions;
  private final SubscriptionMatcher matcher;
  private final TopicWriter writer;
  private final Clock clock;
  private final AlertsMetrics metrics;
  private final RecordDecoder<CooperationEvent> decoder = new RecordDecoder<>(Topics.EVENTS);

  public MatchingLoop(KafkaSettings kafka, SubscriptionStore subscriptions, SubscriptionMatcher matcher,
                      TopicWriter writer, Clock clock, AlertsMetrics metrics) {
    super("alerts-matcher");
    this.kafka = kafka;
    this.subscriptions = subscriptions;
    this.matcher = matcher;
    this.writer = writer;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Only news: the first sight of an event and each move of its status, not every detail that changes. */
  static boolean isAlertable(CooperationEvent event) {
    return event.getNewsworthy()
        && (event.getChange() == ChangeKind.NEW || event.getChange() == ChangeKind.STATUS_CHANGED);
  }

  @Override
  protected void run() {
    // Matching before every subscription is loaded would silently skip the ones not loaded yet.
    while (running() && !subscriptions.awaitLoaded(POLL_TIMEOUT)) {
      log.debug("Waiting for subscriptions to load");
    }
    try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumer(GROUP_ID),
        new StringDeserializer(), new ByteArrayDeserializer());
         AlertsMetrics.ClientMeters meters = metrics.bind(consumer)) {
      consumer.subscribe(List.of(Topics.EVENTS.name()), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          // Nothing to do: each batch is committed before the next poll.
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          markReady();
        }
      });
      while (running()) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
        if (records.isEmpty()) {
          continue;
        }
        try {
          int written = writer.awaitAll(alert(records)).size();
          metrics.matched(written);
          consumer.commitSync();
        } catch (KafkaWriteException e) {
          log.warn("Alerts of {} events were not acknowledged; matching them again: {}", records.count(),
              e.getMessage());
          rewind(consumer, records);
        } catch (CommitFailedException | RebalanceInProgressException e) {
          // The partitions moved on: their next owner matches these events again, giving the same alert ids.
          log.info("Lost the partitions before committing {} events: {}", records.count(), e.getMessage());
        }
      }
    }
  }

  private List<Future<RecordMetadata>> alert(ConsumerRecords<String, byte[]> records) {
    List<Future<RecordMetadata>> writes = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      decoder.decode(record).filter(MatchingLoop::isAlertable).ifPresent(event -> {
        for (Subscription subscription : matcher.subscribersOf(event)) {
          Alert alert = Alert.newBuilder()
              .setId(AlertIds.of(subscription.getId(), event.getId(), event.getVersion()))
              .setSubscriptionId(subscription.getId())
              .setEvent(event)
              .setCreatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
              .build();
          writes.add(writer.send(Topics.ALERTS, subscription.getId(), alert));
          log.debug("Event {} v{} matches subscription {}", event.getId(), event.getVersion(), subscription.getId());
        }
      });
    }
    return writes;
  }

  private static void rewind(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, Long> firstOffsets = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      firstOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
    }
    firstOffsets.forEach(consumer::seek);
  }

  public long skippedRecords() {
    return decoder.skipped();
  }
}
