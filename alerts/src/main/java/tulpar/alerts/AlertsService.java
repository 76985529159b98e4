package tulpar.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tulpar.alerts.delivery.AlertChannel;
import tulpar.alerts.delivery.CircuitBreakers;
import tulpar.alerts.delivery.DeadLetterReplay;
import tulpar.alerts.delivery.DeadLetterRoutes;
import tulpar.alerts.delivery.DeliveryDispatcher;
import tulpar.alerts.delivery.DeliveryHistory;
import tulpar.alerts.delivery.DeliveryHistoryRoutes;
import tulpar.alerts.delivery.DeliveryLoop;
import tulpar.alerts.delivery.RetryPolicy;
import tulpar.alerts.delivery.TestAlertRoutes;
import tulpar.alerts.email.EmailChannel;
import tulpar.alerts.email.UnsubscribeRoutes;
import tulpar.alerts.events.EventRoutes;
import tulpar.alerts.kafka.CompactedTopicView;
import tulpar.alerts.kafka.ConsumerLoop;
import tulpar.alerts.kafka.TopicWriter;
import tulpar.alerts.matching.MatchingLoop;
import tulpar.alerts.matching.SubscriptionIndex;
import tulpar.alerts.metrics.AlertsMetrics;
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
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;

/**
 * The alert service: the subscriptions API, matching of event changes against subscriptions, and webhook and
 * email delivery, at once or in digests, with retries, receipts and dead letters. Any number of instances may run: they share subscriptions
 * through {@code tulpar.subscriptions} and split matching and delivery through their consumer groups.
 *
 * <p>Launcher: construct, {@link #registerRoutes(HttpApi)} before {@code api.start()}, {@link #start()}, and
 * {@link #close()} on shutdown.
 */
public final class AlertsService implements Service {

  private final TopicWriter writer;
  private final CompactedTopicView<Subscription> subscriptionView;
  private final CompactedTopicView<CooperationEvent> eventView;
  private final DeliveryHistory history;
  private final SubscriptionStore subscriptions;
  private final TargetGuard guard;
  private final MatchingLoop matching;
  private final DeliveryLoop delivery;
  private final DeliveryDispatcher dispatcher;
  private final Map<Channel, AlertChannel> channels;
  private final Clock clock;
  private final KafkaSettings kafka;
  private final AlertsMetrics metrics = new AlertsMetrics();
  private volatile AlertsMetrics.ClientMeters writerMeters = () -> { };
  private volatile boolean started;

  /** Creates the Kafka clients but starts nothing; {@link #close()} releases them even if never started. */
  public AlertsService(AlertsConfig config) {
    this(config, Clock.systemUTC());
  }

  /** As {@link #AlertsService(AlertsConfig)}, telling the time by {@code clock} (digests are due on the hour). */
  AlertsService(AlertsConfig config, Clock clock) {
    this.clock = clock;
    this.kafka = config.kafka();
    this.writer = new TopicWriter(config.kafka(), "tulpar-alerts");
    SubscriptionIndex index = new SubscriptionIndex();
    this.subscriptionView = new CompactedTopicView<>(Topics.SUBSCRIPTIONS, config.kafka(),
        "tulpar-alerts-subscriptions-reader", (id, subscription) -> {
          if (subscription == null) {
            index.remove(id);
          } else {
            index.add(subscription);
          }
        });
    this.eventView = new CompactedTopicView<>(Topics.EVENTS, config.kafka(), "tulpar-alerts-events-reader");
    this.history = new DeliveryHistory(config.kafka());
    this.subscriptions = new SubscriptionStore(subscriptionView, writer, clock);
    this.guard = new TargetGuard(config.allowPrivateTargets());
    this.matching = new MatchingLoop(config.kafka(), subscriptions, index, writer, clock, metrics);
    this.channels = channels(config, guard, clock);
    this.dispatcher = new DeliveryDispatcher(subscriptions, channels,
        new RetryPolicy(config.retrySchedule(), config.retryJitter(), () -> ThreadLocalRandom.current().nextDouble()),
        new CircuitBreakers(config.breakerThreshold(), config.breakerCoolDown(), clock), writer, clock,
        config.deliveryThreads(), config.endpointConcurrency(), metrics);
    this.delivery = new DeliveryLoop(config.kafka(), subscriptions, dispatcher, config.shutdownGrace(),
        config.maxUnfinishedAlerts(), metrics);
  }

  private static Map<Channel, AlertChannel> channels(AlertsConfig config, TargetGuard guard, Clock clock) {
    Map<Channel, AlertChannel> channels = new EnumMap<>(Channel.class);
    channels.put(Channel.WEBHOOK, new WebhookChannel(guard, config.connectTimeout(), config.requestTimeout(), clock));
    config.smtp().ifPresent(smtp -> channels.put(Channel.EMAIL, new EmailChannel(smtp, config.connectTimeout(),
        config.requestTimeout(), config.publicBaseUrl(), clock)));
    return channels;
  }

  @Override
  public String name() {
    return "alerts";
  }

  /**
   * Counts alerts matched, deliveries by outcome and channel, the retry queue, and binds the Kafka client metrics of
   * the matcher's and the delivery's consumers (their lag among them) and of the shared producer; call before
   * {@link #start()}.
   */
  @Override
  public void registerMetrics(MeterRegistry registry) {
    metrics.bindTo(registry);
  }

  /**
   * Adds {@code /api/v1/subscriptions…} (with {@code …/test} and {@code …/deliveries}), {@code GET /api/v1/events},
   * {@code /api/v1/dead-letters/…/replay} and the public {@code /unsubscribe}; call before {@code api.start()}.
   */
  @Override
  public void registerRoutes(HttpApi api) {
    new SubscriptionRoutes(subscriptions, guard, channels.keySet()).register(api.routes());
    new TestAlertRoutes(subscriptions, dispatcher, clock).register(api.routes());
    new DeliveryHistoryRoutes(subscriptions, history).register(api.routes());
    new EventRoutes(eventView).register(api.routes());
    new UnsubscribeRoutes(subscriptions).register(api.routes());
    new DeadLetterRoutes(new DeadLetterReplay(kafka, writer)).register(api.routes());
  }

  @Override
  public void start() {
    started = true;
    writerMeters = writer.bindMetrics(metrics);
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
    Optional<String> failure = loops().stream()
        .flatMap(loop -> loop.failure().map(why -> loop.name() + " stopped: " + why).stream())
        .findFirst()
        .or(dispatcher::recordingFailure);
    if (failure.isPresent()) {
      return Health.down(failure.get());
    }
    List<String> waiting = new ArrayList<>();
    loops().stream().filter(loop -> !loop.isReady()).forEach(loop -> waiting.add(loop.name()));
    if (!waiting.isEmpty()) {
      return Health.starting("waiting for " + String.join(", ", waiting));
    }
    long skipped = subscriptionView.skippedRecords() + eventView.skippedRecords() + history.skippedRecords()
        + matching.skippedRecords() + delivery.skippedRecords();
    List<String> notes = new ArrayList<>();
    if (skipped > 0) {
      notes.add(skipped + " undecodable records skipped");
    }
    int openCircuits = dispatcher.openCircuits();
    if (openCircuits > 0) {
      notes.add(openCircuits + " endpoint(s) failing: their alerts wait for the circuit to close");
    }
    return notes.isEmpty() ? Health.up() : new Health(Health.Status.UP, String.join("; ", notes));
  }

  /** Stops consuming, lets deliveries under way record their outcomes, commits, and closes the clients. */
  @Override
  public void close() {
    matching.close();
    delivery.close();
    eventView.close();
    history.close();
    subscriptionView.close();
    writerMeters.close();
    writer.close();
  }

  private List<ConsumerLoop> loops() {
    return List.of(subscriptionView, eventView, history, matching, delivery);
  }
}
