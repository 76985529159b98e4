package tulpar.alerts.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryOutcome;
import tulpar.servicekit.ProcessMetrics;

/**
 * The alert service's meters: {@value #MATCHED} (alerts written to tulpar.alerts), {@value #DELIVERIES} (delivery
 * receipts written, by outcome and channel), {@value #RETRY_QUEUE} (notifications waiting for a later attempt), and
 * the Kafka clients' own metrics (consumer lag among them) through Micrometer's {@link KafkaClientMetrics}. Every
 * counter series is registered at once with 0. Counts nothing until {@link #bindTo} gives it a registry.
 */
public final class AlertsMetrics {

  public static final String MATCHED = "tulpar.alerts.matched";
  public static final String DELIVERIES = "tulpar.deliveries";
  public static final String RETRY_QUEUE = "tulpar.deliveries.retry.queue";

  /** Kafka client meters bound to the registry; closing removes them. */
  public interface ClientMeters extends AutoCloseable {
    @Override
    void close();
  }

  private record Meters(Counter matched, Map<DeliveryOutcome, Map<Channel, Counter>> deliveries) {}

  private final AtomicInteger waiting = new AtomicInteger();
  private volatile MeterRegistry registry;
  private volatile Meters meters;

  public AlertsMetrics() {
    use(ProcessMetrics.none(), false);
  }

  /** Counts into {@code registry} from now on; call before the service starts. */
  public void bindTo(MeterRegistry registry) {
    use(registry, true);
  }

  private void use(MeterRegistry target, boolean bound) {
    Map<DeliveryOutcome, Map<Channel, Counter>> deliveries = new EnumMap<>(DeliveryOutcome.class);
    for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
      if (outcome == DeliveryOutcome.OTHER) {
        continue; // for readers of a newer schema; never written
      }
      Map<Channel, Counter> byChannel = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        byChannel.put(channel, Counter.builder(DELIVERIES)
            .description("Delivery receipts written to tulpar.deliveries, one per alert an attempt carried")
            .tag("outcome", outcome.name())
            .tag("channel", channel.name())
            .register(target));
      }
      deliveries.put(outcome, byChannel);
    }
    Counter matched = Counter.builder(MATCHED)
        .description("Alerts written to tulpar.alerts: one per event change and matching subscription")
        .register(target);
    Gauge.builder(RETRY_QUEUE, waiting, AtomicInteger::get)
        .description("Notifications waiting for a later attempt: a retry's delay or an open circuit's cool-down")
        .strongReference(true)
        .register(target);
    this.meters = new Meters(matched, deliveries);
    this.registry = bound ? target : null;
  }

  public void matched(int alerts) {
    meters.matched().increment(alerts);
  }

  /** Receipts of {@code alerts} alerts written with this outcome. */
  public void delivery(DeliveryOutcome outcome, Channel channel, int alerts) {
    Map<Channel, Counter> byChannel = meters.deliveries().get(outcome);
    if (byChannel != null) {
      byChannel.get(channel).increment(alerts);
    }
  }

  /** A notification now waits on a timer for its next attempt. */
  public void waiting() {
    waiting.incrementAndGet();
  }

  /** A waiting notification's timer fired. */
  public void due() {
    waiting.decrementAndGet();
  }

  /** Binds the consumer's metrics (lag, fetch rates, …); close the result before the consumer. */
  public ClientMeters bind(Consumer<?, ?> consumer) {
    return bind(registry == null ? null : new KafkaClientMetrics(consumer));
  }

  /** Binds the producer's metrics (send rates, errors, …); close the result before the producer. */
  public ClientMeters bind(Producer<?, ?> producer) {
    return bind(registry == null ? null : new KafkaClientMetrics(producer));
  }

  private ClientMeters bind(KafkaClientMetrics client) {
    if (client == null) {
      return () -> { };
    }
    client.bindTo(registry);
    return client::close;
  }
}
