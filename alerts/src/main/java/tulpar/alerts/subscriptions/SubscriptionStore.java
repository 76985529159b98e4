package tulpar.alerts.subscriptions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.RecordMetadata;
import tulpar.alerts.kafka.CompactedTopicView;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.webhook.WebhookSignature;
import tulpar.schemas.Subscription;
import tulpar.schemas.Topics;

/**
 * Subscriptions live only in the compacted topic {@code tulpar.subscriptions}; this store reads it through a
 * {@link CompactedTopicView} and writes to it. A write returns once Kafka has acknowledged it and is visible to
 * reads on this instance at once; other instances see it as soon as their readers get to it.
 */
public final class SubscriptionStore {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ID_BYTES = 12;

  private final CompactedTopicView<Subscription> view;
  private final TopicWriter writer;
  private final Clock clock;

  public SubscriptionStore(CompactedTopicView<Subscription> view, TopicWriter writer, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
  }

  /** A subscription before and after an update. */
  public record Update(Subscription before, Subscription after) {}

  /**
   * Stores a new subscription with a fresh id and a fresh secret: webhooks are signed with it and email
   * unsubscribe links are derived from it (see {@code UnsubscribeTokens}), so that every instance can check them.
   *
   * @throws KafkaWriteException when Kafka does not acknowledge the write
   */
  public Subscription create(SubscriptionRequest request) {
    Subscription subscription = Subscription.newBuilder()
        .setId("sub_" + HexFormat.of().formatHex(randomBytes()))
        .setChannel(request.channel())
        .setTarget(request.target())
        .setSecret(WebhookSignature.newSecret())
        .setFilter(request.filter())
        .setDelivery(request.delivery())
        .setEnabled(request.enabled().orElse(true))
        // The topic keeps milliseconds; so does the copy this instance answers with.
        .setCreatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .build();
    write(subscription.getId(), subscription);
    return subscription;
  }

  /**
   * Replaces channel, target, filter and delivery mode, keeping the id, the secret, the creation time and, unless
   * the request says, the enabled state; empty if there is no subscription with that id.
   *
   * @throws KafkaWriteException when Kafka does not acknowledge the write
   */
  public Optional<Update> update(String id, SubscriptionRequest request) {
    return find(id).map(before -> {
      Subscription after = Subscription.newBuilder(before)
          .setChannel(request.channel())
          .setTarget(request.target())
          // Subscriptions written to the topic by other tools may lack one.
          .setSecret(before.getSecret() == null ? WebhookSignature.newSecret() : before.getSecret())
          .setFilter(request.filter())
          .setDelivery(request.delivery())
          .setEnabled(request.enabled().orElse(before.getEnabled()))
          .build();
      write(id, after);
      return new Update(before, after);
    });
  }

  /** Deletes the subscription with a tombstone; false if there is none with that id. */
  public boolean delete(String id) {
    if (find(id).isEmpty()) {
      return false;
    }
    write(id, null);
    return true;
  }

  /** Keeps the subscription but stops deliveries to it, e.g. after its receiver answered 410 Gone. */
  public void disable(String id) {
    find(id).filter(Subscription::getEnabled)
        .ifPresent(s -> write(id, Subscription.newBuilder(s).setEnabled(false).build()));
  }

  public Optional<Subscription> find(String id) {
    return view.get(id);
  }

  /** True when this instance has seen the subscription deleted (rather than not seen it at all). */
  public boolean wasDeleted(String id) {
    return view.isDeleted(id);
  }

  /** Every subscription, oldest first. */
  public List<Subscription> all() {
    return view.values().stream()
        .sorted(Comparator.comparing(Subscription::getCreatedAt).thenComparing(Subscription::getId))
        .toList();
  }

  public boolean isLoaded() {
    return view.isReady();
  }

  /** Waits up to {@code timeout} until every subscription stored before this instance started is loaded. */
  public boolean awaitLoaded(Duration timeout) {
    return view.awaitCaughtUp(timeout);
  }

  private void write(String id, Subscription value) {
    RecordMetadata written = writer.write(Topics.SUBSCRIPTIONS, id, value);
    view.applyWrite(written, id, value);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[ID_BYTES];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
