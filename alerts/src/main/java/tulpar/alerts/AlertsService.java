package tulpar.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tulpar.alerts.delivery.DeliveryDispatcher;
import tulpar.alerts.delivery.DeliveryLoop;
import tulpar.alerts.delivery.RetryPolicy;
import tulpar.alerts.events.EventRoutes;
import tulpar.alerts.kafka.CompactedTopicView;
import tulpar.alerts.kafka.ConsumerLoop;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.matching.MatchingLoop;
import tulpar.alerts.matching.ScanningMatcher;
import tulpar.alerts.subscriptions.SubscriptionRoutes;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.alerts.webhook.TargetGuard;
import tulpar.alerts.webhook.WebhookChannel;
import tulpar.schemas.Channel;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.Subscription;
import tulpar.schemas.Topics;
import tulpar.servicekit.Health;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.Service;

/**
 * The alert service: the subscriptions API, matching of event changes against subscriptions, and webhook
 * delivery with retries, receipts and dead letters. Any number of instances may run: they share subscriptions
 * through {@code tulpar.subscriptions} and split matching and delivery through their consumer groups.
 *
 * <p>Launcher: construct, {@link #registerRoutes(HttpApi)} before {@code api.start()}, {@link #start()}, and
 * {@link #close()} on shutdown.
 */
public final class AlertsService implements Service {

  private final TopicWriter writer;
  private final CompactedTopicView<Subscription> subscriptionView;
  private final CompactedTopicView<CooperationEvent> eventView;
  private final SubscriptionStore subscriptions;
  private final TargetGuard guard;
  private final MatchingLoop matching;
  private final DeliveryLoop delivery;
  private final DeliveryDispatcher dispatcher;
  private volatile boolean started;

  /** Creates the Kafka clients but starts nothing; {@link #close()} releases them even if never started. */
  public AlertsService(AlertsConfig config) {
    Clock clock = Clock.systemUTC();
    this.writer = new TopicWriter(config.kafka(), "tulpar-alerts");
    this.subscriptionView = new CompactedTopicView<>(Topics.SUBSCRIPTIONS, config.kafka(),
        "tulpar-alerts-subscriptions-reader");
    this.eventView = new CompactedTopicView<>(Topics.EVENTS, config.kafka(), "tulpar-alerts-events-reader");
    this.subscriptions = new SubscriptionStore(subscriptionView, writer, clock);
    this.guard = new TargetGuard(config.allowPrivateTargets());
    this.matching = new MatchingLoop(config.kafka(), subscriptions, new ScanningMatcher(subscriptions::all), writer,
        clock);
    this.dispatcher = new DeliveryDispatcher(subscriptions,
        Map.of(Channel.WEBHOOK, new WebhookChannel(guard, config.connectTimeout(), config.requestTimeout(), clock)),
        new RetryPolicy(config.retrySchedule(), config.retryJitter(), () -> ThreadLocalRandom.current().nextDouble()),
        writer, clock, config.deliveryThreads());
    // Attempts under way get their request time and the time to record the outcome before shutdown cuts them.
    this.delivery = new DeliveryLoop(config.kafka(), subscriptions, dispatcher,
        config.connectTimeout().plus(config.requestTimeout()).plus(TopicWriter.ACK_TIMEOUT),
        config.maxUnfinishedAlerts());
  }

  @Override
  public String name() {
    return "alerts";
  }

  /** Adds {@code /api/v1/subscriptions…} and {@code GET /api/v1/events}; call before {@code api.start()}. */
  @Override
  public void registerRoutes(HttpApi api) {
    new SubscriptionRoutes(subscriptions, guard).register(api.routes());
    new EventRoutes(eventView).register(api.routes());
  }

  @Override
  public void start() {
    started = true;
    loops().forEach(ConsumerLoop::start);
  }

  /**
   * UP once subscriptions and events are loaded and both consumers have joined their groups; DOWN if a part
   * stopped or outcomes cannot be recorded. The detail counts records skipped because they could not be decoded.
   */
  @Override
  public Health health() {
    if (!started) {
      return Health.starting("not started");
    }
    Optional<String> failure = loops().stream().map(ConsumerLoop::failure).flatMap(Optional::stream).findFirst()
        .or(dispatcher::recordingFailure);
    if (failure.isPresent()) {
      return Health.down(failure.get());
    }
    List<String> waiting = new ArrayList<>();
    loops().stream().filter(loop -> !loop.isReady()).forEach(loop -> waiting.add(loop.name()));
    if (!waiting.isEmpty()) {
      return Health.starting("waiting for " + String.join(", ", waiting));
    }
    long skipped = subscriptionView.skippedRecords() + eventView.skippedRecords() + matching.skippedRecords()
        + delivery.skippedRecords();
    return skipped == 0 ? Health.up() : new Health(Health.Status.UP, skipped + " undecodable records skipped");
  }

  /** Stops consuming, lets deliveries under way record their outcomes, commits, and closes the clients. */
  @Override
  public void close() {
    matching.close();
    delivery.close();
    eventView.close();
    subscriptionView.close();
    writer.close();
  }

  private List<ConsumerLoop> loops() {
    return List.of(subscriptionView, eventView, matching, delivery);
  }
}
