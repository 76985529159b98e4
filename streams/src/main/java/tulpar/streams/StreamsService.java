package tulpar.streams;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.servicekit.Health;
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

  @Override
  public synchronized void start() {
    if (streams != null) {
      throw new IllegalStateException("The streams service was already started; create a new one");
    }
    KafkaStreams created = new KafkaStreams(EnrichmentTopology.build(tagger, config.duplicateWindow()),
        config.streamsProperties());
    created.setUncaughtExceptionHandler(e -> {
      LOG.error("Streams application {} stopped on an unexpected error", config.applicationId(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    created.setStateListener((now, before) -> LOG.debug("Streams state {} -> {}", before, now));
    created.start();
    streams = created;
    LOG.info("Streams application {} started (state in {})", config.applicationId(), config.stateDir());
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
  }
}
