package tulpar.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/**
 * Everything the streams service is configured with.
 *
 * @param kafka          the Kafka client settings (bootstrap servers, {@code --kafka-config} extras)
 * @param stateDir       where Kafka Streams keeps its local state (the event store)
 * @param applicationId  the Streams application id: consumer group and internal topic prefix; default
 *                       {@value #DEFAULT_APPLICATION_ID}
 * @param commitInterval how often Streams commits; with exactly-once, output becomes visible to
 *                       {@code read_committed} consumers only at a commit, so this bounds end-to-end latency;
 *                       default 100 ms. An article passes three transactions (tagging, duplicates, event
 *                       state) before its event is out, but 50 ms cost a fifth of the throughput in tulpar bench,
 *                       and near its capacity that lengthened the queue more than it shortened each hop
 * @param duplicateWindow how far back an article is compared with those before it to find that it is a copy;
 *                       default 7 days (syndicated copies follow within hours, re-runs of a story within days)
 */
public record StreamsServiceConfig(KafkaSettings kafka, Path stateDir, String applicationId,
                                   Duration commitInterval, Duration duplicateWindow) {

  public static final String DEFAULT_APPLICATION_ID = "tulpar-streams";
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
  public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofDays(7);

  public StreamsServiceConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(commitInterval, "commitInterval");
    Objects.requireNonNull(duplicateWindow, "duplicateWindow");
    if (applicationId.isBlank()) {
      throw new IllegalArgumentException("The streams application id must not be blank");
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("The streams commit interval must be positive, was " + commitInterval);
    }
    if (duplicateWindow.isNegative() || duplicateWindow.isZero()) {
      throw new IllegalArgumentException("The duplicate window must be positive, was " + duplicateWindow);
    }
  }

  /** The defaults: application id {@value #DEFAULT_APPLICATION_ID}, commit every 100 ms, a 7-day window. */
  public StreamsServiceConfig(KafkaSettings kafka, Path stateDir) {
    this(kafka, stateDir, DEFAULT_APPLICATION_ID, DEFAULT_COMMIT_INTERVAL, DEFAULT_DUPLICATE_WINDOW);
  }

  public StreamsServiceConfig withDuplicateWindow(Duration window) {
    return new StreamsServiceConfig(kafka, stateDir, applicationId, commitInterval, window);
  }

  /**
   * The Kafka Streams properties: exactly-once from {@link KafkaSettings#streams}, then this service's
   * defaults unless {@code --kafka-config} set them. A record that cannot be deserialised, or whose
   * processing fails, is logged, counted (Streams' dropped-records metric) and written as it came, with the
   * error in its headers, to {@code tulpar.streams.dead-letter}, and processing goes on with the next record:
   * never a stopped application, nor a crash loop on the same record.
   */
  public Properties streamsProperties() {
    Properties props = kafka.streams(applicationId, stateDir);
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
    // One stream thread per core, so that tagging scales with the machine. On two cores shared with the broker
    // and the alert service, one thread and two measured within noise of each other (bench/README.md).
    props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
    props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class);
    props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueProcessingExceptionHandler.class);
    props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.STREAMS_DEAD_LETTER.name());
    return props;
  }
}
