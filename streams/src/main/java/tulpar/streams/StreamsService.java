package tulpar.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.EnrichedArticle;
import tulpar.servicekit.Health;
import tulpar.servicekit.ProcessMetrics;
import tulpar.servicekit.Service;
import tulpar.streams.tagging.ArticleTagger;

/**
 * Runs the {@link EnrichmentTopology} as a Kafka Streams application. Bad records are skipped by the
 * exception handlers of {@link StreamsServiceConfig#streamsProperties()}; anything else that escapes a stream
 * thread shuts the client down, and health reports it, rather than replacing the thread to fail again.
 */
public final class StreamsService implements Service {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final StreamsServiceConfig config;
  private final ArticleTagger tagger;
  private volatile KafkaStreams streams;
  private MeterRegistry registry = ProcessMetrics.none();
  private boolean metered;
  private final List<Meter> meters = new ArrayList<>();
  private KafkaStreamsMetrics streamsMeters;

  public StreamsService(StreamsServiceConfig config) {
    this(config, ArticleTagger.standard());
  }

  public StreamsService(StreamsServiceConfig config, ArticleTagger tagger) {
    this.config = Objects.requireNonNull(config, "config");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  @Override
  public String name() {
    return "streams";
  }

  /**
   * Counts articles tagged and event changes by kind, gauges the Streams state, and binds the Streams client's own
   * metrics (threads, tasks, stores, its consumers' lag); call before {@link #start()}.
   */
  @Override
  public synchronized void registerMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.metered = true;
  }

  @Override
  public synchronized void start() {
    if (streams != null) {
      throw new IllegalStateException("The streams service was already started; create a new one");
    }
    KafkaStreams created = new KafkaStreams(EnrichmentTopology.build(counting(tagger), config.duplicateWindow()),
        config.streamsProperties());
    meter(created);
    created.setUncaughtExceptionHandler(e -> {
      LOG.error("Streams application {} stopped on an unexpected error", config.applicationId(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    created.setStateListener((now, before) -> LOG.debug("Streams state {} -> {}", before, now));
    created.start();
    streams = created;
    LOG.info("Streams application {} started (state in {})", config.applicationId(), config.stateDir());
  }

  /** The tagger, counting each article it tags (again after a failover: metrics are not exactly-once). */
  private ArticleTagger counting(ArticleTagger tagger) {
    Counter tagged = Counter.builder("tulpar.articles.tagged")
        .description("Articles the topology tagged")
        .register(registry);
    meters.add(tagged);
    return article -> {
      EnrichedArticle enriched = tagger.tag(article);
      tagged.increment();
      return enriched;
    };
  }

  private void meter(KafkaStreams created) {
    for (ChangeKind kind : ChangeKind.values()) {
      meters.add(FunctionCounter.builder("tulpar.events", created, s -> EventLifecycle.changes(s.metrics(), kind))
          .description("Event changes written to tulpar.events, by change kind")
          .tag("change", kind.name())
          .register(registry));
    }
    for (KafkaStreams.State state : KafkaStreams.State.values()) {
      meters.add(Gauge.builder("tulpar.streams.state", created, s -> s.state() == state ? 1 : 0)
          .description("1 for the state the Kafka Streams client is in, 0 for the others")
          .tag("state", state.name())
          .register(registry));
    }
    if (metered) {
      streamsMeters = new KafkaStreamsMetrics(created);
      streamsMeters.bindTo(registry);
    }
  }

  @Override
  public Health health() {
    KafkaStreams running = streams;
    if (running == null) {
      return Health.down("not started");
    }
    KafkaStreams.State state = running.state();
    return switch (state) {
      case RUNNING -> Health.up();
      case CREATED, REBALANCING -> Health.starting(state.name());
      default -> Health.down(state.name());
    };
  }

  @Override
  public synchronized void close() {
    if (streams != null && streams.state() != KafkaStreams.State.NOT_RUNNING) {
      // Leaving the group hands the partitions over at once; otherwise the next start (or another instance)
      // waits a whole session timeout (45 s) for this member to be declared dead.
      streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(CLOSE_TIMEOUT));
      LOG.info("Streams application {} closed", config.applicationId());
    }
    if (streamsMeters != null) {
      streamsMeters.close();
      streamsMeters = null;
    }
    meters.forEach(registry::remove);
    meters.clear();
  }
}
