package tulpar.alerts.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tulpar.alerts.kafka.RecordDecoder;
import tulpar.alerts.kafka.TopicFollower;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * The latest delivery attempts of each subscription, read from {@code tulpar.deliveries} (every instance's
 * attempts, not only this one's) and kept in memory: at most {@value #PER_SUBSCRIPTION} receipts per
 * subscription, the newest by attempt time.
 */
public final class DeliveryHistory extends TopicFollower {

  public static final int PER_SUBSCRIPTION = 50;
  private static final Comparator<DeliveryReceipt> OLDEST_FIRST = Comparator
      .comparing(DeliveryReceipt::getAttemptedAt)
      .thenComparing(DeliveryReceipt::getAttempt)
      .thenComparing(DeliveryReceipt::getAlertId);

  private final RecordDecoder<DeliveryReceipt> decoder = new RecordDecoder<>(Topics.DELIVERIES);
  /** Each queue's head is its oldest receipt, the one to drop; each queue is guarded by itself. */
  private final Map<String, PriorityQueue<DeliveryReceipt>> bySubscription = new ConcurrentHashMap<>();

  public DeliveryHistory(KafkaSettings kafka) {
    super(Topics.DELIVERIES, kafka, "tulpar-alerts-deliveries-reader");
  }

  @Override
  protected void apply(ConsumerRecord<String, byte[]> record) {
    decoder.decode(record).ifPresent(receipt -> {
      PriorityQueue<DeliveryReceipt> recent = bySubscription.computeIfAbsent(receipt.getSubscriptionId(),
          id -> new PriorityQueue<>(OLDEST_FIRST));
      synchronized (recent) {
        recent.add(receipt);
        if (recent.size() > PER_SUBSCRIPTION) {
          recent.poll();
        }
      }
    });
  }

  /** The subscription's latest attempts, newest first. */
  public List<DeliveryReceipt> recent(String subscriptionId) {
    PriorityQueue<DeliveryReceipt> recent = bySubscription.get(subscriptionId);
    if (recent == null) {
      return List.of();
    }
    List<DeliveryReceipt> copy;
    synchronized (recent) {
      copy = new ArrayList<>(recent);
    }
    copy.sort(OLDEST_FIRST.reversed());
    return copy;
  }

  public long skippedRecords() {
    return decoder.skipped();
  }
}
